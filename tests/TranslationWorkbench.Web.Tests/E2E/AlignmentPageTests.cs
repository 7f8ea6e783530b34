using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>The alignment page (wwwroot/js/alignment.js, alignmap.js) in a real Chromium: align, fix, commit.</summary>
public sealed class AlignmentPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Align_SampleInterview_FixCommit_StoresThePairsInTheMemory()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var probe = await http.PostAsJsonAsync("/api/align", new { sourceText = "نص قصير.", targetText = "A short text." });
        Skip.If(probe.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, "the alignment endpoints (/api/align) are not on this branch yet");
        var page = await site.OpenAsync(browser.Browser, "#/align");

        // Given the sample interview and its English translation, loaded from files and aligned
        await page.SetInputFilesAsync("#align-source-file", ApiHost.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"));
        await page.SetInputFilesAsync("#align-target-file", ApiHost.Sample("rudaw-2020-02-07-caggins-interview.en.txt"));
        await Expect(page.Locator("#align-target")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Caggins"));
        await page.ClickAsync("#align-run");
        await Expect(page.Locator(".bead").First).ToBeVisibleAsync();
        var beads = await page.Locator(".bead").CountAsync();
        Assert.InRange(beads, 30, 90);
        await Expect(page.Locator(".align-map .map-bead")).ToHaveCountAsync(beads);
        Assert.Equal(45 + 87, await page.Locator(".bead .sentence").CountAsync());
        await Expect(page.Locator("#align-evidence")).ToBeHiddenAsync();

        // When the first pair is merged with the next and the low-confidence pairs are listed first
        await page.Locator(".bead").First.Locator("button", new LocatorLocatorOptions { HasText = "Merge" }).ClickAsync();
        await Expect(page.Locator(".bead")).ToHaveCountAsync(beads - 1);
        await Expect(page.Locator(".bead[data-index='0'] .confidence")).ToHaveTextAsync("✓ fixed");
        await page.CheckAsync("#align-low-first");
        var confidences = (await page.Locator(".bead .confidence:not(.edited)").AllTextContentsAsync())
            .Select(text => int.Parse(text.Split('%')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(confidences.Order(), confidences);
        await page.Locator(".align-results").EvaluateAsync("results => results.scrollIntoView()");
        await site.ScreenshotAsync(page, "alignment-map");

        // Then committing stores every pair with both sides in a new memory, but the page's "A+ A-" font buttons (no Arabic letter)
        var paired = await page.Locator(".bead").EvaluateAllAsync<int>("beads => beads.filter(b => !b.querySelector('.unpaired')).length");
        await page.FillAsync("#align-memory", "aligned");
        await page.ClickAsync("#align-commit");
        await Expect(page.Locator("#align-result .ok-box")).ToContainTextAsync("Stored");
        var memories = await http.GetFromJsonAsync<JsonElement>("/api/memories");
        var aligned = memories.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "aligned");
        Assert.Equal(paired - 1, aligned.GetProperty("units").GetInt32());
        Assert.Empty(site.PageErrors);
    }

    [SkippableFact]
    public async Task Align_AnArticleAndAnotherArticlesTranslation_SaysWhyTheyDoNotLookLikeOne()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/align");

        await page.FillAsync("#align-source", ApiHost.NtrexPage("000.ar"));
        await page.FillAsync("#align-target", ApiHost.NtrexPage("001.en"));
        await page.ClickAsync("#align-run");

        await Expect(page.Locator(".bead").First).ToBeVisibleAsync();
        await Expect(page.Locator("#align-evidence")).ToContainTextAsync("do not look like a text and its translation: none of the 5 sentence pairs shares a number or a name");
        Assert.Empty(site.PageErrors);
    }
}

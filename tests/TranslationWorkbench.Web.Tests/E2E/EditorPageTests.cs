using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>The editor (wwwroot/js/editor.js) in a real Chromium: keyboard flow, matches, history, concordance, exports.</summary>
public sealed class EditorPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<string> ActiveRowId(IPage page) =>
        await page.EvaluateAsync<string>("() => document.activeElement.closest('.seg-row')?.id ?? ''");

    [SkippableFact]
    public async Task Open_DemoWorkspace_ShowsTheArabicRightToLeftWithNumbersIsolatedAndTheMatches()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();

        // Given the documents page of the demo workspace
        var page = await site.OpenAsync(browser.Browser, "#/documents");
        await Expect(page.Locator("tr[data-document-id='1'] .band-part[data-band='exact']")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-document-id='1'] .progress-col")).ToContainTextAsync("0 / 45");

        // When the translator opens the document
        await page.ClickAsync("tr[data-document-id='1'] .doc-link");

        // Then every segment is a row, the Arabic is RTL with dates and numbers in LTR isolates, the first row is active
        await Expect(page.Locator(".seg-row")).ToHaveCountAsync(45);
        await Expect(page.Locator("#seg-1 .seg-source")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#seg-1 .seg-source")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("#seg-2 .seg-source bdi[dir='ltr']")).ToHaveTextAsync("07-02-2020");
        Assert.Equal(["07", "2020"], await page.Locator("#seg-7 .seg-source bdi").AllTextContentsAsync());
        await Expect(page.Locator("#seg-1 .target-box")).ToBeFocusedAsync();
        await Expect(page.Locator("#seg-1 .target-box")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("#panel-matches .match").First.Locator(".score")).ToHaveTextAsync(new Regex("^10[01]%$"));
        await Expect(page.Locator("#panel-matches .match-target").First).ToHaveTextAsync("Global coalition spokesman to Rudaw: ISIS active again in several areas of Iraq");
        await site.ScreenshotAsync(page, "editor-rtl");
        Assert.Empty(site.PageErrors);
    }

    [SkippableFact]
    public async Task CtrlEnter_ConfirmsAndActivatesTheNextUnconfirmedRow()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        (await http.PostAsJsonAsync("/api/segments/2/confirm", new { target = "7 February 2020" })).EnsureSuccessStatusCode();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");
        await Expect(page.Locator("#seg-1")).ToHaveClassAsync(new Regex(@"\bactive\b"));

        await page.Locator("#seg-1 .target-box").FillAsync("Coalition spokesman to Rudaw: ISIS is active again in parts of Iraq");
        await page.Keyboard.PressAsync("Control+Enter");

        // segment 2 was already confirmed: the flow skips it
        await Expect(page.Locator("#seg-1")).ToHaveAttributeAsync("data-status", "translated");
        await Expect(page.Locator("#seg-3")).ToHaveClassAsync(new Regex(@"\bactive\b"));
        await Expect(page.Locator("#seg-3 .target-box")).ToBeFocusedAsync();
        await Expect(page.Locator("#doc-progress")).ToContainTextAsync("2 / 45 segments");
        var saved = await http.GetFromJsonAsync<JsonElement>("/api/segments/1");
        Assert.Equal(("translated", "Coalition spokesman to Rudaw: ISIS is active again in parts of Iraq"), (saved.GetProperty("status").GetString(), saved.GetProperty("target").GetString()));
        Assert.Empty(site.PageErrors);
    }

    [SkippableFact]
    public async Task CtrlEnter_OnARepeatedSentence_FillsTheIdenticalRowToo()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");

        // segments 44 and 45 are both «النص المطلوب»
        await page.ClickAsync("#seg-44 .seg-num");
        await Expect(page.Locator("#seg-44 .target-box")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Required text");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("#seg-45")).ToHaveAttributeAsync("data-status", "translated");
        await Expect(page.Locator("#seg-45 .target-box")).ToHaveValueAsync("Required text");
        await Expect(page.Locator("#seg-45 .origin")).ToHaveTextAsync("repetition");
        // the next unconfirmed segment wraps round to the start
        await Expect(page.Locator("#seg-1 .target-box")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task AFuzzyMatch_NamesTheWordsSpeltOtherwise_BesideItsScore()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        // Given a document whose sentence the memory holds with another place and its digits in another shape
        await using var site = await WorkbenchSite.StartAsync((workspace, folder) =>
        {
            WorkbenchSite.Tw("tm", "import", folder.Write("unit.tsv", "قتل 10 أشخاص في بغداد أمس.\tTen people were killed in Baghdad yesterday.\n"), "--workspace", workspace);
            WorkbenchSite.Tw("import", folder.Write("news.txt", "قتل ١٠ أشخاص في الموصل أمس.\n"), "--name", "news", "--workspace", workspace);
        });
        var page = await site.OpenAsync(browser.Browser, "#/documents/3");

        // Then its match shows the place as a change, and says the digits are only spelt otherwise
        var match = page.Locator("#panel-matches .match").First;
        await Expect(match.Locator(".match-source del").First).ToContainTextAsync("10");
        await Expect(match.Locator(".spelling-only")).ToHaveTextAsync("spelt otherwise: digit shapes");
    }

    [SkippableFact]
    public async Task CtrlOne_InsertsTheFirstMatch_AndConfirmingRecordsItsScore()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/2");
        await Expect(page.Locator(".seg-row.active .seg-num")).ToHaveTextAsync("1");

        // Given segment 8 of the demo's revised article (document 2), reached with Ctrl+Down, whose best match differs in a few words
        for (var i = 0; i < 7; i++) await page.Keyboard.PressAsync("Control+ArrowDown");
        await Expect(page.Locator(".seg-row.active .seg-num")).ToHaveTextAsync("8");
        var match = page.Locator("#panel-matches .match").First;
        await Expect(match).ToHaveClassAsync(new Regex("kind-fuzzy"));
        await Expect(match.Locator(".match-source del")).ToContainTextAsync("شبكة");
        await Expect(match.Locator(".match-source ins").First).ToContainTextAsync("مقابلة خاصة");
        var score = int.Parse((await match.Locator(".score").TextContentAsync())!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
        var target = await match.Locator(".match-target").TextContentAsync();

        // When the translator inserts it with Ctrl+1
        await page.Keyboard.PressAsync("Control+1");

        // Then the target box holds it, the row shows its score, and confirming records that score
        var row = page.Locator(".seg-row.active");
        await Expect(row.Locator(".target-box")).ToHaveValueAsync(target!);
        await Expect(row.Locator(".target-box")).ToBeFocusedAsync();
        await Expect(row.Locator(".seg-state .score")).ToHaveTextAsync($"{score}%");
        await Expect(match).ToHaveClassAsync(new Regex(@"\binserted\b"));
        await site.ScreenshotAsync(page, "editor-match-inserted");
        var segmentId = (await row.GetAttributeAsync("data-id"))!;
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator($"#seg-{segmentId}")).ToHaveAttributeAsync("data-status", "translated");
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var revisions = await http.GetFromJsonAsync<JsonElement>($"/api/segments/{segmentId}/revisions");
        Assert.InRange(score, 50, 99);
        Assert.Equal(score, revisions[revisions.GetArrayLength() - 1].GetProperty("matchScore").GetInt32());
        Assert.Empty(site.PageErrors);
    }

    [SkippableFact]
    public async Task History_OfAnEditedSegment_DiffsAnyTwoRevisionsWithDelAndIns()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");

        // Given a confirmed translation, then a draft that adds words
        await page.Locator("#seg-1 .target-box").FillAsync("The spokesman says ISIS is active.");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#seg-2 .target-box")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+ArrowUp");
        await Expect(page.Locator("#seg-1 .target-box")).ToBeFocusedAsync();
        await page.Locator("#seg-1 .target-box").FillAsync("The spokesman says ISIS is active again in Iraq.");
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.Locator("#seg-1")).ToHaveAttributeAsync("data-status", "draft");

        // When the history opens (Ctrl+H)
        await page.Keyboard.PressAsync("Control+h");

        // Then both revisions are listed, newest first, and the diff marks the added words
        var history = page.Locator("#panel-history");
        await Expect(history.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(history.Locator("tbody tr").First).ToContainTextAsync("r2");
        await Expect(history.Locator("tbody tr").First).ToContainTextAsync("Draft");
        await Expect(history.Locator("tbody tr").Nth(1)).ToContainTextAsync("e2e");
        await Expect(history.Locator(".diff ins")).ToContainTextAsync("again in Iraq");
        await Expect(history.Locator(".diff ins").First).ToHaveAttributeAsync("dir", "auto");
        await site.ScreenshotAsync(page, "editor-history");

        // And the other way round (r2 → r1) the same words are deleted
        await history.Locator("tr[data-revision='2'] input[name$='-from']").CheckAsync();
        await history.Locator("tr[data-revision='1'] input[name$='-to']").CheckAsync();
        await Expect(history.Locator(".diff-title")).ToHaveTextAsync("Changes from r2 to r1");
        await Expect(history.Locator(".diff del")).ToContainTextAsync("again in Iraq");
        Assert.Empty(site.PageErrors);
    }

    [SkippableFact]
    public async Task CtrlK_OnWordsSelectedInTheSource_ListsMemoryUnitsWithTheWordsMarked()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");
        await Expect(page.Locator("#seg-1")).ToHaveClassAsync(new Regex(@"\bactive\b"));

        await page.EvaluateAsync("""
            () => {
              const node = document.querySelector('#seg-1 .seg-source').firstChild;
              const start = node.textContent.indexOf('التحالف');
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + 'التحالف'.length);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            }
            """);
        await page.Keyboard.PressAsync("Control+k");

        var panel = page.Locator("#panel-concordance");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.Locator(".concordance-input")).ToHaveValueAsync("التحالف");
        await Expect(panel.Locator(".hit").First).ToBeVisibleAsync();
        var marked = await panel.Locator(".hit-source mark").AllTextContentsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, text => Assert.Contains("تحالف", text, StringComparison.Ordinal));
        // the interview's longer answers name the coalition more than once: every place is marked, not the first
        var most = await panel.Locator(".hit-source").EvaluateAllAsync<int>("nodes => Math.max(...nodes.map(node => node.querySelectorAll('mark').length))");
        Assert.True(most >= 2, $"at most {most} mark(s) in a unit");
        await site.ScreenshotAsync(page, "editor-concordance");
    }

    [SkippableFact]
    public async Task Export_TextAndTmx_DownloadTheTranslationAndTellWhatIsLeftInArabic()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");
        await page.Locator("#seg-1 .target-box").FillAsync("Coalition spokesman: ISIS active again in Iraq");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#seg-1")).ToHaveAttributeAsync("data-status", "translated");

        var text = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-text"));
        var tmx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-tmx"));

        await Expect(page.Locator("#export-note")).ToContainTextAsync("44 segments left in Arabic");
        Assert.Equal("caggins-interview.en.txt", text.SuggestedFilename);
        var exported = await File.ReadAllLinesAsync((await text.PathAsync())!);
        Assert.Equal("Coalition spokesman: ISIS active again in Iraq", exported[0]);
        var tmxText = await File.ReadAllTextAsync((await tmx.PathAsync())!);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", tmxText);
        Assert.Matches(@"<tu[ >]", tmxText);
        Assert.Contains("<seg>Coalition spokesman: ISIS active again in Iraq</seg>", tmxText);
    }

    [SkippableFact]
    public async Task Escape_LeavesTheRowKeepingTheChangeAsADraft_AndEnterGoesBackIn()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/1");
        await Expect(page.Locator("#seg-1 .target-box")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("A first try");
        await page.Keyboard.PressAsync("Escape");

        await Expect(page.Locator("#seg-1")).ToBeFocusedAsync();
        await Expect(page.Locator("#seg-1")).ToHaveAttributeAsync("data-status", "draft");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#seg-1 .target-box")).ToBeFocusedAsync();
        await Expect(page.Locator("#seg-1 .target-box")).ToHaveValueAsync("A first try");
    }

    [SkippableFact]
    public async Task Pretranslate_ThenFilterByDraft_ShowsOnlyTheFilledRows()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents/2");
        await Expect(page.Locator(".seg-row")).ToHaveCountAsync(46);

        // When the document is pre-translated from matches of 95% or more, then only drafts are shown
        await page.FillAsync("#pretranslate-min", "95");
        await page.ClickAsync("#pretranslate-form button");
        // the report's notice, not a draft row: the demo left drafts in the document before this pre-translation
        await Expect(page.Locator(".toast-text").Filter(new() { HasText = "Pre-translated" })).ToBeVisibleAsync();
        await page.SelectOptionAsync("#status-filter", "draft");

        // Then the rows shown are exactly the server's drafts, each with its match score and origin
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var drafts = await http.GetFromJsonAsync<JsonElement>("/api/documents/2/segments?status=draft");
        Assert.InRange(drafts.GetArrayLength(), 30, 45);
        await Expect(page.Locator(".seg-row:visible")).ToHaveCountAsync(drafts.GetArrayLength());
        await Expect(page.Locator("#filter-count")).ToHaveTextAsync($"{drafts.GetArrayLength()} of 46 shown");
        var scores = await page.Locator(".seg-row:visible .seg-state .score").AllTextContentsAsync();
        Assert.All(scores, score => Assert.InRange(int.Parse(score.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture), 95, 101));
        await Expect(page.Locator(".seg-row:visible .origin").First).ToHaveTextAsync("pre-translated");
        await site.ScreenshotAsync(page, "editor-pretranslated-drafts");
    }
}

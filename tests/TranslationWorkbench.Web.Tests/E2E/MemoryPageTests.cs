using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>The memory page (wwwroot/js/memory.js) in a real Chromium: browse, search, edit, export.</summary>
public sealed class MemoryPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task ExportTmx_DownloadsTheMemoryAsTmx()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var units = (await http.GetFromJsonAsync<JsonElement>("/api/memories"))[0].GetProperty("units").GetInt32();
        var page = await site.OpenAsync(browser.Browser, "#/memory");
        await Expect(page.Locator(".unit-table tbody tr")).ToHaveCountAsync(Math.Min(50, units));
        await Expect(page.Locator(".pager")).ToContainTextAsync($"1–{Math.Min(50, units)} of {units} units");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#memory-export"));

        Assert.Equal("default.tmx", download.SuggestedFilename);
        var tmx = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", tmx);
        Assert.Equal(units, System.Text.RegularExpressions.Regex.Count(tmx, "<tu[ >]"));
    }

    [SkippableFact]
    public async Task Import_IntoAMistypedMemory_ReportsTheNewMemoryBesideTheOthers()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/memory");

        // Given a TSV imported into "defualt", a slip for "default"
        await page.SetInputFilesAsync("#tm-file", new FilePayload { Name = "pairs.tsv", MimeType = "text/tab-separated-values", Buffer = "مرحبا\tHello\n"u8.ToArray() });
        await page.FillAsync("#tm-name", "defualt");
        await page.ClickAsync("#tm-file >> xpath=ancestor::form//button[@type='submit']");

        // Then the report says the memory is new, and names the one there was
        await Expect(page.Locator("#tm-report")).ToContainTextAsync("pairs.tsv → new memory \"defualt\" (ar→en): read 1, imported 1, merged 0, skipped 0; the other memories: default.");
    }

    [SkippableFact]
    public async Task SearchThenEdit_SavesTheUnitsNewTarget()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/memory");

        // Given the units that hold «أربيل»
        await page.FillAsync("#unit-search", "أربيل");
        await page.Keyboard.PressAsync("Enter");
        var row = page.Locator(".unit-table tbody tr").First;
        await Expect(row.Locator(".unit-source mark")).ToHaveTextAsync("أربيل");

        // When one's target is edited
        await row.Locator("button", new LocatorLocatorOptions { HasText = "Edit" }).ClickAsync();
        await row.Locator(".unit-target textarea").FillAsync("Rudaw – Erbil");
        await row.Locator("button", new LocatorLocatorOptions { HasText = "Save" }).ClickAsync();

        // Then the list shows the new target
        await Expect(page.Locator(".unit-table tbody tr").First.Locator(".unit-target")).ToHaveTextAsync("Rudaw – Erbil");
        await site.ScreenshotAsync(page, "memory");
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>The documents page (wwwroot/js/documents.js) in a real Chromium: upload, its errors, escaping, delete.</summary>
public sealed class DocumentsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Upload_BinaryFile_ShowsTheProblemDetailAndImportsNothing()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents");
        var rows = page.Locator("table.documents tbody tr");
        await Expect(rows).ToHaveCountAsync(2);

        await page.SetInputFilesAsync("#upload-file", new FilePayload
        {
            Name = "image.png",
            MimeType = "image/png",
            Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
        });
        await page.ClickAsync("form.upload button[type='submit']");

        await Expect(page.Locator("#upload-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#upload-error")).ToContainTextAsync("image.png(1,1): not valid UTF-8 (byte 0x89); this looks like a binary file, not text.");
        await Expect(rows).ToHaveCountAsync(2);
    }

    [SkippableFact]
    public async Task Upload_TextWithMarkup_ShowsTheMarkupAsTextEverywhere()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents");
        const string Script = "قال المتحدث <script>window.pwned = 1</script> إن الوضع مستقر.";
        const string Image = "وأضاف <img src=x onerror=\"window.pwned = 2\"> أن الدعم مستمر.";

        // Given an Arabic text whose sentences hold a script and an image tag, uploaded under a name with markup
        await page.SetInputFilesAsync("#upload-file", new FilePayload
        {
            Name = "scripted.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"{Script}\n{Image}\n"),
        });
        await page.FillAsync("#upload-name", "<b>bold</b> name");
        await page.ClickAsync("form.upload button[type='submit']");
        await Expect(page.Locator("table.documents tbody tr")).ToHaveCountAsync(3);
        var link = page.Locator("table.documents .doc-link").Nth(2);
        await Expect(link).ToHaveTextAsync("<b>bold</b> name");

        // When the translator opens it
        await link.ClickAsync();

        // Then the tags are text in the rows and the match panel, and nothing ran
        await Expect(page.Locator(".seg-row")).ToHaveCountAsync(2);
        await Expect(page.Locator(".seg-row").First.Locator(".seg-source")).ToHaveTextAsync(Script);
        await Expect(page.Locator(".seg-row").Nth(1).Locator(".seg-source")).ToHaveTextAsync(Image);
        Assert.Equal(0, await page.Locator(".seg-list script, .seg-list img, .doc-title b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        await site.ScreenshotAsync(page, "editor-markup-as-text");
    }

    [SkippableFact]
    public async Task Delete_AfterConfirmation_RemovesTheDocument()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/documents");
        var asked = "";
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        await page.ClickAsync("tr[data-document-id='1'] button.danger");

        await Expect(page.Locator("table.documents tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-document-id='1']")).ToHaveCountAsync(0);
        await Expect(page.Locator("tr[data-document-id='2']")).ToBeVisibleAsync();
        Assert.Contains("caggins-interview", asked, StringComparison.Ordinal);
        await site.ScreenshotAsync(page, "documents-after-delete");
    }

    [SkippableFact]
    public async Task List_ShowsProgressAndTheAnalysisBands()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();

        var page = await site.OpenAsync(browser.Browser, "#/documents");

        // the demo's revised article has exact, near-exact, fuzzy, unmatched and repeated sentences against the sample memory
        var revised = page.Locator("tr[data-document-id='2']");
        await Expect(revised.Locator(".band-part")).Not.ToHaveCountAsync(0);
        var bands = await revised.Locator(".band-part").EvaluateAllAsync<string[]>("parts => parts.map(p => p.dataset.band)");
        Assert.Equal(["exact", "nearExact", "noMatch", "repetition"], bands.Intersect(["exact", "nearExact", "noMatch", "repetition"]));
        await Expect(revised.Locator(".progress-col")).ToContainTextAsync("/ 46");
        await Expect(revised.Locator(".progress[aria-label='Segments']")).ToHaveAttributeAsync("aria-valuemax", "46");
        await Expect(revised.Locator(".band-bar")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("95–99: [0-9,]+ words"));
        await site.ScreenshotAsync(page, "documents");
    }
}

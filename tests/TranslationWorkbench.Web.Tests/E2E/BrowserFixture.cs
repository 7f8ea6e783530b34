using Microsoft.Playwright;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>
/// One headless Chromium shared by the tests of a class: Debian's (found on PATH, as `command -v chromium`),
/// never a browser that Playwright downloads. Without it the browser tests are skipped, not passed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public const string SkipReason = "Chromium is not installed (apt-get install chromium): the browser tests need a real browser.";

    /// <summary>The Chromium on PATH, or null when there is none.</summary>
    public static string? ChromiumPath { get; } = FindOnPath("chromium");

    public IBrowser Browser => browser ?? throw new InvalidOperationException(SkipReason);

    public async Task InitializeAsync()
    {
        if (ChromiumPath is null) return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>
/// The real workbench (Kestrel on a free port of 127.0.0.1) on a workspace of its own, prepared with `tw demo`
/// (document 1: the interview, untouched; document 2: its revised version, pre-translated; the memory aligned
/// from the interview) plus the sample's gold pairs, so that matches do not hang on the aligner; and a browser
/// page on it at 1280×800.
/// </summary>
internal sealed class WorkbenchSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> pageErrors = [];

    private WorkbenchSite(WebApplication app, TempFolder folder, string workspacePath, string baseUrl)
    {
        this.app = app;
        Folder = folder;
        WorkspacePath = workspacePath;
        BaseUrl = baseUrl;
    }

    public TempFolder Folder { get; }

    public string WorkspacePath { get; }

    public string BaseUrl { get; }

    /// <summary>Script errors of the pages opened so far (uncaught exceptions and console errors).</summary>
    public IReadOnlyList<string> PageErrors => pageErrors;

    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "tw-screenshots");

    /// <summary>The demo workspace with the sample's gold pairs in its memory, and optionally more.</summary>
    public static async Task<WorkbenchSite> StartAsync(Action<string, TempFolder>? prepare = null)
    {
        var folder = new TempFolder();
        var workspace = folder.File("workbench.db");
        Tw("demo", "--workspace", workspace);
        Tw("tm", "import", SamplePairs.WriteTsv(folder), "--workspace", workspace);
        prepare?.Invoke(workspace, folder);
        var app = WorkbenchServer.Build(new WorkbenchServerOptions(workspace, "127.0.0.1", 0) { Author = "e2e" });
        await app.StartAsync();
        return new WorkbenchSite(app, folder, workspace, app.Urls.First().TrimEnd('/'));
    }

    /// <summary>Runs a `tw` command in-process on the test's workspace; it must succeed.</summary>
    public static void Tw(params string[] args) =>
        Assert.Equal(0, Cli.TwCommand.Run(args, TextWriter.Null, TextWriter.Null));

    /// <summary>A new page (own context: downloads on, 1280×800) opened at a route such as "#/documents/1".</summary>
    public async Task<IPage> OpenAsync(IBrowser browser, string route)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") pageErrors.Add(message.Text);
        };
        await page.GotoAsync("/" + route);
        return page;
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png") });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        Folder.Dispose();
    }
}

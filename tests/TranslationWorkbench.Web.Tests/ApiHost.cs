using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace TranslationWorkbench.Web.Tests;

/// <summary>The workbench's API in-process (ASP.NET's TestServer) on a workspace of its own.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiHost(WebApplication app, TempFolder folder, string workspacePath)
    {
        this.app = app;
        Folder = folder;
        WorkspacePath = workspacePath;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public TempFolder Folder { get; }

    public string WorkspacePath { get; }

    /// <summary>A server on a new workspace; <paramref name="prepare"/> can fill it first (with tw commands, say).</summary>
    public static async Task<ApiHost> StartAsync(Action<string>? prepare = null)
    {
        var folder = new TempFolder();
        var workspace = folder.File("workbench.db");
        prepare?.Invoke(workspace);
        var app = WorkbenchServer.Build(new WorkbenchServerOptions(workspace) { Author = "api-test" }, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new ApiHost(app, folder, workspace);
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "sample", name);

    /// <summary>An NTREX article (TestData/ntrex128-alignment-dev, one sentence a line) as a page: its sentences joined by spaces.</summary>
    public static string NtrexPage(string document) =>
        string.Join(' ', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "ntrex128-alignment-dev", document)));

    public async Task<T> GetJson<T>(string url) => (await Client.GetFromJsonAsync<T>(url))!;

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Folder.Dispose();
    }
}

namespace TranslationWorkbench.Web;

/// <summary>How `tw serve` runs the workbench: the workspace, where to listen, and the upload limit.</summary>
public sealed record WorkbenchServerOptions(string WorkspacePath, string Host = "127.0.0.1", int Port = 5080)
{
    /// <summary>The largest request body accepted: uploads of texts and TMX files.</summary>
    public long MaxRequestBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Who revisions and memory units are recorded as made by.</summary>
    public string? Author { get; init; }

    /// <summary>Makes the memory store when the memories live elsewhere (a PostgreSQL server); null keeps them in the workspace.</summary>
    public Func<Core.Workspace.Workspace, Core.Memory.ITranslationMemoryStore>? Memories { get; init; }

    /// <summary>Where wwwroot is (default: beside the program).</summary>
    public string? WebRoot { get; init; }
}

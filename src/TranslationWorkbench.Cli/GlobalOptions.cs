using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;
using TranslationWorkbench.Postgres;

namespace TranslationWorkbench.Cli;

/// <summary>Options every command takes, and how they resolve.</summary>
public sealed class GlobalOptions
{
    public const string WorkspaceVariable = "TW_WORKSPACE";
    public const string MemoryDbVariable = "TW_MEMORY_DB";

    public Option<string?> Workspace { get; } = new("--workspace")
    {
        Description = $"The workspace file (default: ${WorkspaceVariable}, else tm/workbench.db in the repository).",
        Recursive = true,
    };

    public Option<string?> MemoryDb { get; } = new("--memory-db")
    {
        Description = $"A shared memory on PostgreSQL (\"Host=…;Database=…;Username=…\"; default: ${MemoryDbVariable}); documents stay in the workspace.",
        Recursive = true,
    };

    /// <summary>The workspace path: --workspace, then $TW_WORKSPACE, then the default.</summary>
    public string WorkspacePath(ParseResult parseResult) =>
        parseResult.GetValue(Workspace)
        ?? NonEmpty(Environment.GetEnvironmentVariable(WorkspaceVariable))
        ?? DefaultPaths.Workspace();

    /// <summary>The shared memory's connection string: --memory-db, then $TW_MEMORY_DB; null for the workspace's own memory.</summary>
    public string? MemoryDbConnection(ParseResult parseResult) =>
        NonEmpty(parseResult.GetValue(MemoryDb)) ?? NonEmpty(Environment.GetEnvironmentVariable(MemoryDbVariable));

    /// <summary>Opens the workspace the command line names, with the shared memory if one is named.</summary>
    public Workspace OpenWorkspace(ParseResult parseResult) => Open(WorkspacePath(parseResult), MemoryDbConnection(parseResult), Author());

    /// <summary>Opens the workspace for a command that only reads or changes what is in it: a path with no workspace is an error, not a new empty file.</summary>
    /// <param name="memoryCommand">A command on memories only (search, concordance, TMX export): with a shared memory named, the workspace may be new.</param>
    public Workspace OpenExisting(ParseResult parseResult, bool memoryCommand = false)
    {
        var path = WorkspacePath(parseResult);
        var sharedMemory = MemoryDbConnection(parseResult);
        if (!File.Exists(path) && !(memoryCommand && sharedMemory is not null))
        {
            throw new InvalidInputException(
                $"{path}: no such workspace; `tw import FILE` or `tw tm import FILE` makes one, or give --workspace PATH (or $TW_WORKSPACE).");
        }
        return Open(path, sharedMemory, Author());
    }

    /// <summary>Runs a command that brings something in: the workspace is made on first use, and a command that fails leaves no new workspace behind.</summary>
    public int Creating(ParseResult parseResult, Func<Workspace, int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var path = Path.GetFullPath(WorkspacePath(parseResult));
        var isNew = !File.Exists(path);
        try
        {
            using var workspace = OpenWorkspace(parseResult);
            return action(workspace);
        }
        catch when (isNew)
        {
            // made by this command, which failed: nothing of it stays (pooled connections would keep the file open)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in (string[])["", "-wal", "-shm", ".fuzzy"]) File.Delete(path + suffix);
            throw;
        }
    }

    public static Workspace Open(string workspacePath, string? memoryDb, string? author)
    {
        Func<Workspace, ITranslationMemoryStore>? memories = memoryDb is null ? null : workspace => PostgresMemoryStore.Open(memoryDb, workspace.Clock, workspace.Author);
        return Core.Workspace.Workspace.Open(workspacePath, author: author, memories: memories);
    }

    private static string? Author() => NonEmpty(Environment.GetEnvironmentVariable("TW_AUTHOR"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using System.CommandLine;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli;

/// <summary>Options every command takes, and how they resolve.</summary>
public sealed class GlobalOptions
{
    public const string WorkspaceVariable = "TW_WORKSPACE";

    public Option<string?> Workspace { get; } = new("--workspace")
    {
        Description = $"The workspace file (default: ${WorkspaceVariable}, else tm/workbench.db in the repository).",
        Recursive = true,
    };

    /// <summary>The workspace path: --workspace, then $TW_WORKSPACE, then the default.</summary>
    public string WorkspacePath(ParseResult parseResult) =>
        parseResult.GetValue(Workspace)
        ?? NonEmpty(Environment.GetEnvironmentVariable(WorkspaceVariable))
        ?? DefaultPaths.Workspace();

    /// <summary>Opens the workspace the command line names.</summary>
    public Workspace OpenWorkspace(ParseResult parseResult) =>
        Core.Workspace.Workspace.Open(WorkspacePath(parseResult), author: NonEmpty(Environment.GetEnvironmentVariable("TW_AUTHOR")));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// How an import's or a commit's report names the memory it filled: "new memory 'defualt' (ar→en)" when it made it,
/// with the memories that were there, so that a mistyped --memory is seen at once.
/// </summary>
internal static class FilledMemory
{
    public static string Name(string memory, NewMemory? made) =>
        made is null ? $"memory '{memory}'" : $"new memory '{memory}' ({made.SourceLanguage}→{made.TargetLanguage})";

    /// <summary>"; the workspace's other memories: default", or "" when the memory was there or is the only one.</summary>
    /// <param name="whose">"the workspace's", "the server's", "the".</param>
    public static string Others(NewMemory? made, string whose) =>
        made is { OtherMemories.Count: > 0 } ? $"; {whose} other memories: {string.Join(", ", made.OtherMemories)}" : "";
}

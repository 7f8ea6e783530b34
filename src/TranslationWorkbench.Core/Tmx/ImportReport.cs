namespace TranslationWorkbench.Core.Tmx;

/// <summary>What an import of a TMX or TSV file did: units read, imported as new, merged into existing ones, skipped.</summary>
public sealed record ImportReport(
    string File,
    string Memory,
    int Read,
    int Imported,
    int Merged,
    IReadOnlyList<SkippedUnit> Skipped,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Set when the import made the memory (how memories are made, and how a mistyped name would go unseen).</summary>
    public NewMemory? NewMemory { get; init; }
}

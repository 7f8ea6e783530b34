namespace TranslationWorkbench.Core.Alignment;

/// <summary>What storing aligned pairs did: pairs stored as new units, merged into existing ones, and skipped with the reason.</summary>
public sealed record AlignmentCommitReport(string Memory, int Stored, int Merged, IReadOnlyList<SkippedPair> Skipped)
{
    /// <summary>Set when the commit made the memory (a mistyped --memory would otherwise go unseen).</summary>
    public Tmx.NewMemory? NewMemory { get; init; }
}

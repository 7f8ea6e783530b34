namespace TranslationWorkbench.Core.Diff;

/// <summary>A sentence of two versions of a document: the same, changed (with its word diff), removed or added.</summary>
public sealed record SentenceChange(SentenceChangeKind Kind, string? Old, string? New, IReadOnlyList<DiffOperation> Diff);

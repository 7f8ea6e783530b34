namespace TranslationWorkbench.Core.Alignment;

/// <summary>A pair not stored: its position among the pairs (0-based) and why.</summary>
public sealed record SkippedPair(int Index, string Reason);

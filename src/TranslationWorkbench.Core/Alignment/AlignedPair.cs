namespace TranslationWorkbench.Core.Alignment;

/// <summary>A bead as text: its Arabic sentences joined by a space, its English sentences likewise, and its confidence.</summary>
public sealed record AlignedPair(string Source, string Target, double Confidence);

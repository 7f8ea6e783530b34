namespace TranslationWorkbench.Core.Translation;

/// <summary>Segments and words in one band of an analysis.</summary>
public sealed record BandCount(MatchBand Band, string Label, int Segments, int Words);

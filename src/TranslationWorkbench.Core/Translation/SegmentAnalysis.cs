namespace TranslationWorkbench.Core.Translation;

/// <summary>One segment's place in an analysis: its band and best match score (null without a match).</summary>
public sealed record SegmentAnalysis(long SegmentId, int Position, MatchBand Band, int? BestScore, int Words);

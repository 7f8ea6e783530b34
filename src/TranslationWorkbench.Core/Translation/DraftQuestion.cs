namespace TranslationWorkbench.Core.Translation;

/// <summary>A draft whose match has a question mark the segment has not, or lacks one it has (position is 0-based in the document).</summary>
/// <param name="SegmentAsks">True when the segment has the question mark and the match has not.</param>
public sealed record DraftQuestion(long SegmentId, int Position, int Score, bool SegmentAsks);

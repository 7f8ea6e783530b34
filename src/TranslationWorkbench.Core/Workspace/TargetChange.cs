namespace TranslationWorkbench.Core.Workspace;

/// <summary>A new translation for a segment: its text, status, origin and, when it came from the memory, the match score.</summary>
public sealed record TargetChange(long SegmentId, string Target, SegmentStatus Status, string Origin, int? MatchScore = null);

namespace TranslationWorkbench.Core.Workspace;

/// <summary>One state a segment's translation has had: every change to a target is kept as a numbered revision.</summary>
public sealed record Revision(
    long SegmentId,
    int Number,
    string Target,
    SegmentStatus Status,
    string Origin,
    int? MatchScore,
    string Author,
    DateTimeOffset CreatedAt);

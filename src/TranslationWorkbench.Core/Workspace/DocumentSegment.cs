namespace TranslationWorkbench.Core.Workspace;

/// <summary>A segment of a document: its source sentence and the translation as it stands now.</summary>
public sealed record DocumentSegment(
    long Id,
    long DocumentId,
    int Position,
    int Paragraph,
    string Source,
    long SourceHash,
    int Words,
    string? Target,
    SegmentStatus Status,
    string? TargetOrigin,
    int? MatchScore,
    int Revision);

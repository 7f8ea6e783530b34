namespace TranslationWorkbench.Core.Workspace;

/// <summary>A segment row as SQLite returns it (64-bit integers, status as text).</summary>
internal sealed record SegmentRow(
    long Id,
    long DocumentId,
    long Position,
    long Paragraph,
    string Source,
    long SourceHash,
    long Words,
    string? Target,
    string Status,
    string? TargetOrigin,
    long? MatchScore,
    long Revision)
{
    public DocumentSegment ToSegment() => new(
        Id, DocumentId, (int)Position, (int)Paragraph, Source, SourceHash, (int)Words, Target,
        SegmentStatuses.Parse(Status), TargetOrigin, (int?)MatchScore, (int)Revision);
}

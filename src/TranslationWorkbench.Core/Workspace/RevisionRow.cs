namespace TranslationWorkbench.Core.Workspace;

/// <summary>A revision row as SQLite returns it.</summary>
internal sealed record RevisionRow(long SegmentId, long Number, string Target, string Status, string Origin, long? MatchScore, string Author, string CreatedAt)
{
    public Revision ToRevision() =>
        new(SegmentId, (int)Number, Target, SegmentStatuses.Parse(Status), Origin, (int?)MatchScore, Author, Timestamps.Parse(CreatedAt));
}

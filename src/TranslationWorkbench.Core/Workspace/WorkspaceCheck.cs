using Dapper;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>
/// Checks a workspace: SQLite's own integrity and foreign-key checks, then the workbench's invariants — every
/// segment belongs to a document, revision numbers run 1…n without a gap and agree with the segment, every
/// translated segment has a revision, and the fuzzy index holds exactly the units (with their current text).
/// A repair rebuilds what can be rebuilt from the tables: the index.
/// </summary>
public static class WorkspaceCheck
{
    private const string OrphanSegments = "SELECT count(*) FROM segment WHERE document_id NOT IN (SELECT id FROM document)";

    private const string RevisionGaps = """
        SELECT s.id AS SegmentId, s.revision AS Revision, count(r.number) AS Count, coalesce(max(r.number), 0) AS MaxNumber
        FROM segment AS s LEFT JOIN revision AS r ON r.segment_id = s.id
        GROUP BY s.id
        HAVING count(r.number) <> coalesce(max(r.number), 0) OR coalesce(max(r.number), 0) <> s.revision
        LIMIT 20
        """;

    private const string TargetsWithoutRevision = "SELECT count(*) FROM segment WHERE target IS NOT NULL AND revision = 0";

    public static CheckReport Run(Workspace workspace, bool repair)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var problems = new List<string>();
        var repairs = new List<string>();
        var checkedItems = new List<string>();
        using (var connection = workspace.Connect())
        {
            var integrity = connection.Query<string>("PRAGMA integrity_check").ToList();
            if (integrity is not ["ok"]) problems.AddRange(integrity.Select(line => $"SQLite integrity: {line}"));
            checkedItems.Add("SQLite integrity_check");
            var foreignKeys = connection.Query("PRAGMA foreign_key_check").Count();
            if (foreignKeys > 0) problems.Add($"{foreignKeys} row(s) point to rows that do not exist (PRAGMA foreign_key_check)");
            checkedItems.Add("foreign keys");

            var orphans = connection.ExecuteScalar<long>(OrphanSegments);
            if (orphans > 0) problems.Add($"{orphans} segment(s) belong to no document");
            checkedItems.Add("every segment belongs to a document");

            foreach (var gap in connection.Query<(long SegmentId, long Revision, long Count, long MaxNumber)>(RevisionGaps))
            {
                problems.Add($"segment {gap.SegmentId}: revisions are not 1…{gap.Revision} ({gap.Count} revision(s), the last numbered {gap.MaxNumber})");
            }
            checkedItems.Add("revision numbers contiguous and counted");

            var untracked = connection.ExecuteScalar<long>(TargetsWithoutRevision);
            if (untracked > 0) problems.Add($"{untracked} segment(s) have a translation but no revision");
            checkedItems.Add("every translation has a revision");
        }

        var (indexProblems, indexRepairs) = workspace.Memories.CheckIndex(repair);
        checkedItems.Add($"the memory's candidate index holds exactly the units ({workspace.Memories.Location})");
        problems.AddRange(indexProblems);
        repairs.AddRange(indexRepairs);
        return new CheckReport(problems, repairs, checkedItems);
    }
}

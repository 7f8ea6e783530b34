using Dapper;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Compares the fuzzy index with the unit table: every unit there with its current text and memory, nothing else.</summary>
internal static class FuzzyIndexCheck
{
    public static List<string> Problems(Workspace.Workspace workspace, FuzzyIndex index)
    {
        var problems = new List<string>();
        index.Refresh();
        var indexed = index.Snapshot().ToDictionary(unit => unit.UnitId);
        using var connection = workspace.Connect();
        var units = connection.Query<(long Id, long MemoryId, string Source)>("SELECT id, memory_id, source FROM unit", buffered: false);
        var missing = 0;
        var differing = 0;
        var seen = 0;
        foreach (var (id, memoryId, source) in units)
        {
            seen++;
            if (!indexed.Remove(id, out var entry))
            {
                missing++;
                continue;
            }
            if (entry.MemoryId != memoryId || !entry.Tokens.SequenceEqual(MatchTokens.Of(source))) differing++;
        }
        if (missing > 0) problems.Add($"the fuzzy index lacks {missing} of {seen} unit(s)");
        if (differing > 0) problems.Add($"the fuzzy index has {differing} unit(s) with other text or memory than the table");
        if (indexed.Count > 0) problems.Add($"the fuzzy index holds {indexed.Count} unit(s) the table no longer has");
        return problems;
    }
}

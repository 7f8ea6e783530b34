using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Concordance search: the units whose source or target holds a word or phrase. Sources are searched through
/// the fuzzy index's postings (Arabic-aware: the match key's tokens); targets through SQLite (LIKE on the
/// rarest word, then the same token check), newest units first.
/// </summary>
public sealed class Concordance(Workspace.Workspace workspace)
{
    private const string TargetCandidates = """
        SELECT id FROM unit
        WHERE memory_id = @MemoryId AND target LIKE @Pattern ESCAPE '\'
        ORDER BY id DESC
        LIMIT @Limit
        """;

    private const string SelectUnits = "SELECT " + UnitReader.Columns + " FROM unit WHERE id IN (SELECT value FROM json_each(@Ids)) ORDER BY id DESC";

    public IReadOnlyList<ConcordanceHit> Search(TranslationMemory memory, string text, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var phrase = MatchTokens.Of(text);
        if (phrase.Length == 0) return [];
        var ids = workspace.Memories.Index.Containing(phrase, memory.Id, max).ToHashSet();

        using var connection = workspace.Connect();
        var longest = phrase.MaxBy(token => token.Length)!;
        var pattern = "%" + longest.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        var inTargets = Dapper.SqlMapper.Query<long>(connection, TargetCandidates, new { MemoryId = memory.Id, Pattern = pattern, Limit = max * 20 });

        var units = Load(connection, ids.Concat(inTargets).Distinct().ToList());
        return units
            .Select(unit => new ConcordanceHit(unit, PhraseFinder.Find(unit.Source, phrase), PhraseFinder.Find(unit.Target, phrase)))
            .Where(hit => hit.InSource is not null || hit.InTarget is not null)
            .Take(max)
            .ToList();
    }

    private static List<MemoryUnit> Load(Microsoft.Data.Sqlite.SqliteConnection connection, List<long> ids)
    {
        var units = new List<MemoryUnit>();
        if (ids.Count == 0) return units;
        using var command = connection.CreateCommand();
        command.CommandText = SelectUnits;
        command.Parameters.AddWithValue("@Ids", System.Text.Json.JsonSerializer.Serialize(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read()) units.Add(UnitReader.Read(reader));
        return units;
    }
}

using Dapper;
using Npgsql;

namespace TranslationWorkbench.Postgres;

/// <summary>
/// Adds to (or takes from) the per-token unit counts after a write has committed, in short statements that lock
/// rows in token order: two workbenches updating common tokens at once wait for each other, never deadlock,
/// and never hold a lock for the length of an import.
/// </summary>
internal static class TokenFrequencies
{
    private const int Chunk = 5_000;

    private const string Upsert = """
        INSERT INTO token_frequency (memory_id, token, units)
        SELECT @memoryId, t.token, t.units
        FROM unnest(@tokens, @units) AS t (token, units)
        ORDER BY t.token
        ON CONFLICT (memory_id, token) DO UPDATE SET units = greatest(0, token_frequency.units + excluded.units)
        """;

    public static void Apply(NpgsqlDataSource source, long memoryId, IReadOnlyDictionary<long, long> deltas)
    {
        if (deltas.Count == 0) return;
        using var connection = source.OpenConnection();
        foreach (var chunk in deltas.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key).Chunk(Chunk))
        {
            connection.Execute(Upsert, new { memoryId, tokens = chunk.Select(pair => pair.Key).ToArray(), units = chunk.Select(pair => pair.Value).ToArray() });
        }
    }

    /// <summary>Counts each distinct token of each unit once.</summary>
    public static void Count(Dictionary<long, long> deltas, IEnumerable<long> unitTokens, int sign)
    {
        foreach (var token in unitTokens.Distinct()) deltas[token] = deltas.GetValueOrDefault(token) + sign;
    }
}

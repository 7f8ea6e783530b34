using System.Collections.Concurrent;
using Dapper;
using Npgsql;
using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Postgres;

/// <summary>
/// Fuzzy candidates from the postings table, by the prefix filter the workspace index uses: a unit that scores s
/// against an n-token query shares one of its n − ⌈n·s/100⌉ + 1 rarest tokens, so only those tokens' postings are
/// read (the length filter applied in the same index scan). Exhaustive mode verifies them all; the default the
/// <see cref="FuzzyIndex.FastCandidates"/> with the most inverse-document-frequency weight in common. Verification
/// is here, by word edit distance.
/// </summary>
internal sealed class PostgresSearch(NpgsqlDataSource source)
{
    private const string Frequencies = "SELECT token, units FROM token_frequency WHERE memory_id = @memoryId AND token = ANY(@tokens)";

    // Token by token through the postings' primary key (LATERAL keeps the planner from scanning the whole memory's postings).
    private const string AllCandidates = """
        SELECT DISTINCT p.unit_id
        FROM unnest(@tokens) AS t (token)
        CROSS JOIN LATERAL (SELECT unit_id FROM posting WHERE memory_id = @memoryId AND token = t.token AND length BETWEEN @shortest AND @longest) AS p
        """;

    private const string WeightedCandidates = """
        SELECT p.unit_id, count(*) OVER () AS total
        FROM unnest(@tokens, @weights) AS w (token, weight)
        CROSS JOIN LATERAL (SELECT unit_id FROM posting WHERE memory_id = @memoryId AND token = w.token AND length BETWEEN @shortest AND @longest) AS p
        GROUP BY p.unit_id
        ORDER BY sum(w.weight) DESC, p.unit_id DESC
        LIMIT @limit
        """;

    private static readonly TimeSpan UnitCountLifetime = TimeSpan.FromMinutes(1);

    // Units per memory for the token weights, counted at most once a minute: a count at every lookup cost 60 ms at 100k
    // units, and the weights only need its order of magnitude.
    private readonly ConcurrentDictionary<long, (long Units, DateTime Counted)> unitCounts = new();

    private const string Tokens = "SELECT id, tokens FROM unit WHERE id = ANY(@ids)";

    public FuzzySearch Run(string[] queryTokens, long memoryId, int minScore, bool exhaustive)
    {
        var n = queryTokens.Length;
        if (n == 0) return new FuzzySearch([], 0, 0);
        var query = queryTokens.Select(TokenHashes.Of).ToArray();
        using var connection = source.OpenConnection();
        var frequency = connection.Query<(long Token, long Units)>(Frequencies, new { memoryId, tokens = query.Distinct().ToArray() })
            .ToDictionary(row => row.Token, row => row.Units);
        var live = Math.Max(1, UnitCount(connection, memoryId));
        var prefix = query.Select((token, position) => (Token: token, Units: frequency.GetValueOrDefault(token), Position: position))
            .OrderBy(occurrence => occurrence.Units).ThenBy(occurrence => occurrence.Position)
            .Take(n - Scores.MinShared(minScore, n) + 1)
            .Select(occurrence => occurrence.Token).Distinct().ToArray();
        var (shortest, longest) = Scores.LengthRange(minScore, n);

        List<long> ids;
        int candidates;
        if (exhaustive)
        {
            ids = connection.Query<long>(AllCandidates, new { memoryId, tokens = prefix, shortest, longest = Math.Min(longest, int.MaxValue) }).ToList();
            candidates = ids.Count;
        }
        else
        {
            var weights = prefix.Select(token => (float)Math.Log((double)live / (1 + frequency.GetValueOrDefault(token))) + 1f).ToArray();
            var rows = connection.Query<(long UnitId, long Total)>(WeightedCandidates,
                new { memoryId, tokens = prefix, weights, shortest, longest = Math.Min(longest, int.MaxValue), limit = FuzzyIndex.FastCandidates }).ToList();
            ids = rows.Select(row => row.UnitId).ToList();
            candidates = rows.Count == 0 ? 0 : (int)rows[0].Total;
        }

        var verifier = new FuzzyVerifier(query, minScore);
        var hits = new List<FuzzyHit>();
        foreach (var (id, tokens) in connection.Query<(long Id, long[] Tokens)>(Tokens, new { ids = ids.ToArray() }))
        {
            if (verifier.Verify(id, tokens) is { } hit) hits.Add(hit);
        }
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : b.UnitId.CompareTo(a.UnitId));
        return new FuzzySearch(hits, candidates, ids.Count);
    }

    private long UnitCount(NpgsqlConnection connection, long memoryId)
    {
        var now = DateTime.UtcNow;
        if (unitCounts.TryGetValue(memoryId, out var known) && now - known.Counted < UnitCountLifetime) return known.Units;
        var units = connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = @memoryId", new { memoryId });
        unitCounts[memoryId] = (units, now);
        return units;
    }

    /// <summary>Units whose source holds the phrase in a row (each word in one of its forms), newest first: the rarest word's postings, checked here.</summary>
    public IReadOnlyList<long> Containing(IReadOnlyList<string[]> phrase, long memoryId, int max)
    {
        if (phrase.Count == 0) return [];
        using var connection = source.OpenConnection();
        var all = phrase.SelectMany(forms => forms).Select(TokenHashes.Of).Distinct().ToArray();
        var frequency = connection.Query<(long Token, long Units)>(Frequencies, new { memoryId, tokens = all })
            .ToDictionary(row => row.Token, row => row.Units);
        // each word's forms that some unit of the memory has
        var positions = phrase.Select(forms => forms.Select(TokenHashes.Of).Where(frequency.ContainsKey).Distinct().ToArray()).ToArray();
        if (positions.Any(forms => forms.Length == 0)) return [];
        var rarest = positions.MinBy(forms => forms.Sum(token => frequency[token]))!;
        var found = new List<long>();
        foreach (var (id, unitTokens) in connection.Query<(long Id, long[] Tokens)>(
            "SELECT u.id, u.tokens FROM unit AS u WHERE u.id IN (SELECT p.unit_id FROM posting AS p WHERE p.memory_id = @memoryId AND p.token = ANY(@rarest)) ORDER BY u.id DESC",
            new { memoryId, rarest }, buffered: false))
        {
            if (TokenRun.Contains<long>(unitTokens, positions)) found.Add(id);
            if (found.Count >= max) break;
        }
        return found;
    }

}

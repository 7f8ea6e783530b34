namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Verifies fuzzy candidates that a store found by itself (a server's postings): the exact word edit distance
/// between the query and each candidate, over tokens given as 64-bit hashes, and the score it gives.
/// </summary>
public sealed class FuzzyVerifier
{
    private readonly Dictionary<long, int> ids = [];
    private readonly int[] query;
    private readonly int minScore;
    private readonly TokenMasks masks = new();
    private readonly int[] rows;

    public FuzzyVerifier(IReadOnlyList<long> queryTokens, int minScore)
    {
        ArgumentNullException.ThrowIfNull(queryTokens);
        this.minScore = minScore;
        query = queryTokens.Select(token => ids.TryGetValue(token, out var id) ? id : ids[token] = ids.Count).ToArray();
        masks.Load(query);
        rows = new int[2 * (query.Length + 1)];
    }

    /// <summary>The hit, or null when the unit scores below the threshold.</summary>
    public FuzzyHit? Verify(long unitId, IReadOnlyList<long> unitTokens)
    {
        ArgumentNullException.ThrowIfNull(unitTokens);
        // tokens the query lacks all become -1: they equal no query token
        var unit = new int[unitTokens.Count];
        for (var i = 0; i < unit.Length; i++) unit[i] = ids.TryGetValue(unitTokens[i], out var id) ? id : -1;
        var bound = Scores.MaxDistance(minScore, query.Length, unit.Length);
        var distance = EditDistance.Compute(query, unit, bound, masks, rows);
        return distance > bound ? null : new FuzzyHit(unitId, distance, query.Length, unit.Length);
    }
}

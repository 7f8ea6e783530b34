namespace TranslationWorkbench.Core.Matching;

/// <summary>The fuzzy score and the bounds it implies, in integer arithmetic so that rounding is exact.</summary>
public static class Scores
{
    public const int Context = 101;
    public const int Exact = 100;

    /// <summary>100 × (1 − distance / max(n, m)), rounded down.</summary>
    public static int Fuzzy(int distance, int queryLength, int unitLength)
    {
        var longer = Math.Max(queryLength, unitLength);
        return longer == 0 ? Exact : 100 * (longer - distance) / longer;
    }

    /// <summary>The largest distance that still scores <paramref name="minScore"/> between lengths n and m.</summary>
    public static int MaxDistance(int minScore, int queryLength, int unitLength)
    {
        var longer = Math.Max(queryLength, unitLength);
        return longer * (100 - minScore) / 100;
    }

    /// <summary>The unit lengths that can score <paramref name="minScore"/> against a query of n tokens: ⌈n·s/100⌉ … ⌊100·n/s⌋.</summary>
    public static (int Shortest, int Longest) LengthRange(int minScore, int queryLength) =>
        ((queryLength * minScore + 99) / 100, minScore == 0 ? int.MaxValue : 100 * queryLength / minScore);

    /// <summary>The fewest tokens a unit must share with an n-token query to score <paramref name="minScore"/>: ⌈n·s/100⌉.</summary>
    /// <remarks>distance ≥ max(n, m) − LCS and LCS ≤ shared tokens, so shared ≥ max(n, m)·s/100 ≥ n·s/100.</remarks>
    public static int MinShared(int minScore, int queryLength) => (queryLength * minScore + 99) / 100;
}

namespace TranslationWorkbench.Core.Matching;

/// <summary>Levenshtein distance between two token-id sequences, stopping early once it must exceed a bound.</summary>
/// <remarks>
/// Queries of up to 64 tokens use Myers' bit-parallel algorithm in Hyyrö's formulation for global distance
/// (G. Myers, "A fast bit-vector algorithm for approximate string matching", JACM 1999; H. Hyyrö, "Explaining
/// and extending the bit-parallel approximate string matching algorithm of Myers", 2001): one column per
/// unit token in a handful of word operations. Longer queries use the dynamic program restricted to the
/// diagonal band the bound allows (Ukkonen 1985).
/// </remarks>
internal static class EditDistance
{
    /// <summary>The longest query (in tokens) computed bit-parallel; longer ones take the slower banded dynamic program.</summary>
    public const int BitParallelLimit = 64;

    /// <summary>The distance, or <c>bound + 1</c> when it is larger than <paramref name="bound"/>.</summary>
    /// <param name="masks">The masks of <paramref name="query"/> (loaded by the caller once per query); used when it has ≤ 64 tokens.</param>
    public static int Compute(ReadOnlySpan<int> query, ReadOnlySpan<int> unit, int bound, TokenMasks masks, int[] row)
    {
        if (Math.Abs(query.Length - unit.Length) > bound) return bound + 1;
        if (query.Length == 0) return unit.Length;
        if (unit.Length == 0) return query.Length;
        return query.Length <= BitParallelLimit ? Myers(query.Length, unit, bound, masks) : Banded(query, unit, bound, row);
    }

    private static int Myers(int length, ReadOnlySpan<int> unit, int bound, TokenMasks masks)
    {
        var last = 1UL << (length - 1);
        var positive = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
        var negative = 0UL;
        var distance = length;
        for (var j = 0; j < unit.Length; j++)
        {
            var equal = masks.Of(unit[j]);
            var vertical = equal | negative;
            var horizontal = (((equal & positive) + positive) ^ positive) | equal;
            var horizontalPositive = negative | ~(horizontal | positive);
            var horizontalNegative = positive & horizontal;
            if ((horizontalPositive & last) != 0) distance++;
            else if ((horizontalNegative & last) != 0) distance--;
            // the top row of the table is 0, 1, 2, …: every step right adds one
            horizontalPositive = (horizontalPositive << 1) | 1;
            horizontalNegative <<= 1;
            positive = horizontalNegative | ~(vertical | horizontalPositive);
            negative = horizontalPositive & vertical;
            // the last row can fall by at most one per remaining column
            if (distance - (unit.Length - 1 - j) > bound) return bound + 1;
        }
        return distance;
    }

    private static int Banded(ReadOnlySpan<int> query, ReadOnlySpan<int> unit, int bound, int[] rows)
    {
        var n = query.Length;
        var outside = bound + 1;
        var previous = rows.AsSpan(0, n + 1);
        var current = rows.AsSpan(n + 1, n + 1);
        for (var i = 0; i <= n; i++) previous[i] = Math.Min(i, outside);
        for (var j = 1; j <= unit.Length; j++)
        {
            var from = Math.Max(1, j - bound);
            var to = Math.Min(n, j + bound);
            current[0] = Math.Min(j, outside);
            if (from > 1) current[from - 1] = outside;
            var best = from == 1 ? current[0] : outside;
            var token = unit[j - 1];
            for (var i = from; i <= to; i++)
            {
                var cost = query[i - 1] == token ? 0 : 1;
                var value = Math.Min(Math.Min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + cost);
                current[i] = Math.Min(value, outside);
                best = Math.Min(best, current[i]);
            }
            // cells above the band are out of reach
            if (to < n) current[to + 1] = outside;
            if (best > bound) return outside;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return Math.Min(previous[n], outside);
    }
}

using System.Collections;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Candidates for a query whose tokens are all common, counted by merging postings instead of marking them: for
/// each unit length, the slices of every query token (ordinals ascending within a length) are merged, and a unit
/// is a candidate only when the tokens it holds can reach the score at that length.
/// </summary>
/// <remarks>
/// A short sentence of common words (". في ،") has a prefix of common words too, and marking every unit holding one
/// of them touched 150,000 scattered counters a query. Merging reads the postings in order and emits only the units
/// holding enough of the words (Li, Lu and Lu 2008 call this a merge of inverted lists with a count threshold).
/// Worth it when the lengths to merge are few: it costs two binary searches per token and length.
/// </remarks>
internal static class LengthGroupMerge
{
    /// <summary>The most (token, length) slices a merge may open.</summary>
    public const int MaxSlices = 512;

    public delegate void Emit(int ordinal, int shared, float weight, int length);

    /// <param name="tokens">The query's distinct tokens that the file knows, with their occurrences in the query and weights.</param>
    public static void Run(
        FuzzyIndexFile file, BitArray stale, long memoryId, ReadOnlySpan<(int Token, int Occurrences, float Weight)> tokens,
        int shortest, int longest, int queryLength, int minScore, Emit emit)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stale);
        ArgumentNullException.ThrowIfNull(emit);
        var count = tokens.Length;
        Span<long> position = stackalloc long[count];
        Span<long> end = stackalloc long[count];
        for (var length = shortest; length <= longest; length++)
        {
            // a unit of this length needs ⌈max(n, m)·s/100⌉ shared tokens
            var required = Scores.MinShared(minScore, Math.Max(queryLength, length));
            for (var i = 0; i < count; i++) (position[i], end[i]) = file.SliceBounds(tokens[i].Token, memoryId, length, length);
            while (true)
            {
                var smallest = int.MaxValue;
                for (var i = 0; i < count; i++)
                {
                    if (position[i] < end[i]) smallest = Math.Min(smallest, file.PostingAt(position[i]));
                }
                if (smallest == int.MaxValue) break;
                var shared = 0;
                var weight = 0f;
                for (var i = 0; i < count; i++)
                {
                    if (position[i] >= end[i] || file.PostingAt(position[i]) != smallest) continue;
                    shared += tokens[i].Occurrences;
                    weight += tokens[i].Weight;
                    position[i]++;
                }
                if (shared >= required && !stale[smallest]) emit(smallest, shared, weight, length);
            }
        }
    }
}

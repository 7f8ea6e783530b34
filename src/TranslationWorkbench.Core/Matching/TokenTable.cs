using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Numbers distinct token texts 0, 1, 2… in the order they are first seen; texts are kept in one pool.</summary>
/// <remarks>
/// Open addressing over parallel arrays, the texts in one char pool: a lookup touches a slot and the pool, where a
/// Dictionary of strings touched buckets, entries and a string object (a million-unit import interns 11 million
/// tokens). Hashes are seeded per table (XXH3), so a file crafted for collisions cannot make imports quadratic.
/// </remarks>
internal sealed class TokenTable
{
    private readonly ulong seed = (ulong)Random.Shared.NextInt64();
    private readonly List<int> starts = [0];
    private char[] pool = new char[1 << 16];
    private int[] slots = new int[1 << 12]; // token id + 1; 0 is empty
    private uint[] slotHashes = new uint[1 << 12];

    public int Count => starts.Count - 1;

    /// <summary>Characters of all the texts together.</summary>
    public int PoolLength => starts[^1];

    /// <summary>The id of <paramref name="token"/>, a new one when it is new.</summary>
    public int Intern(ReadOnlySpan<char> token)
    {
        var hash = Hash(token);
        var mask = slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return Insert(token, hash, slot);
            if (slotHashes[slot] == hash && Text(entry - 1).SequenceEqual(token)) return entry - 1;
        }
    }

    public ReadOnlySpan<char> Text(int id) => pool.AsSpan(starts[id], starts[id + 1] - starts[id]);

    private int Insert(ReadOnlySpan<char> token, uint hash, int slot)
    {
        var id = Count;
        var end = starts[^1];
        if (end + token.Length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, end + token.Length));
        token.CopyTo(pool.AsSpan(end));
        starts.Add(end + token.Length);
        slots[slot] = id + 1;
        slotHashes[slot] = hash;
        // at most half full, so probes stay short
        if (Count * 2 > slots.Length) Grow();
        return id;
    }

    private void Grow()
    {
        var oldSlots = slots;
        var oldHashes = slotHashes;
        slots = new int[oldSlots.Length * 2];
        slotHashes = new uint[oldSlots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] == 0) continue;
            var slot = (int)oldHashes[i] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = oldSlots[i];
            slotHashes[slot] = oldHashes[i];
        }
    }

    private uint Hash(ReadOnlySpan<char> token) => (uint)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(token), (long)seed);
}

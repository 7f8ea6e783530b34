namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// For a query of token ids, the bit mask of the positions each token holds (Myers' Peq table), in a small
/// open-addressing table: a query has at most a few dozen distinct tokens.
/// </summary>
internal sealed class TokenMasks
{
    private int[] keys = new int[128];
    private ulong[] masks = new ulong[128];
    private int mask = 127;

    public void Load(ReadOnlySpan<int> query)
    {
        var size = 128;
        while (size < query.Length * 4) size <<= 1;
        if (keys.Length != size)
        {
            keys = new int[size];
            masks = new ulong[size];
        }
        mask = size - 1;
        Array.Fill(keys, -1);
        Array.Clear(masks);
        for (var i = 0; i < query.Length && i < 64; i++)
        {
            if (query[i] < 0) continue; // a token the index does not know equals nothing
            var slot = Slot(query[i]);
            keys[slot] = query[i];
            masks[slot] |= 1UL << i;
        }
    }

    public ulong Of(int token)
    {
        var slot = Slot(token);
        return keys[slot] == token ? masks[slot] : 0;
    }

    private int Slot(int token)
    {
        var slot = (int)((uint)token * 2654435761u) & mask;
        while (keys[slot] != -1 && keys[slot] != token) slot = (slot + 1) & mask;
        return slot;
    }
}

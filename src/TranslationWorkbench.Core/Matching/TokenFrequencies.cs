namespace TranslationWorkbench.Core.Matching;

/// <summary>How many of the units added so far hold each token, the units and tokens, and their memories: counted as units are added.</summary>
/// <remarks>
/// Writing an index file numbers tokens by falling frequency, which took a first pass over every unit of a large
/// import just to count. Counted as each unit is added, on the thread that writes rows, that pass is left with only
/// the units of the index file the import is merged into.
/// </remarks>
internal sealed class TokenFrequencies
{
    private int[] frequency = new int[1 << 12];
    private int[] lastUnit = new int[1 << 12]; // the number (from 1) of the last unit counted for the token
    private int units;
    private long lastMemory = long.MinValue;

    public SortedSet<long> Memories { get; } = [];

    public int Units => units;

    public long Tokens { get; private set; }

    public void Add(long memoryId, ReadOnlySpan<int> tokens)
    {
        units++;
        Tokens += tokens.Length;
        if (memoryId != lastMemory) Memories.Add(lastMemory = memoryId);
        foreach (var token in tokens)
        {
            if (token >= frequency.Length) Grow(token);
            // a token twice in a unit counts once: the frequency is of units
            if (lastUnit[token] == units) continue;
            lastUnit[token] = units;
            frequency[token]++;
        }
    }

    /// <summary>Adds each token's count to <paramref name="into"/>, indexed by token id.</summary>
    public void AddTo(Span<int> into)
    {
        var known = Math.Min(into.Length, frequency.Length);
        for (var token = 0; token < known; token++) into[token] += frequency[token];
    }

    private void Grow(int token)
    {
        var length = frequency.Length;
        while (length <= token) length *= 2;
        Array.Resize(ref frequency, length);
        Array.Resize(ref lastUnit, length);
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Numbers the concepts of one side of an alignment run, so that sentences become sorted arrays of ints.</summary>
internal sealed class ConceptVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> keys = [];

    public ConceptVocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => keys.Count;

    public ConceptKind KindOf(int id) => (ConceptKind)(keys[id][0] - '0');

    /// <summary>The concept's id, numbering it if it is new.</summary>
    public int Add(ConceptKind kind, ReadOnlySpan<char> text)
    {
        Span<char> key = text.Length < 128 ? stackalloc char[text.Length + 1] : new char[text.Length + 1];
        key[0] = (char)('0' + (int)kind);
        text.CopyTo(key[1..]);
        if (lookup.TryGetValue(key, out var id)) return id;
        id = keys.Count;
        var stored = new string(key);
        ids[stored] = id;
        keys.Add(stored);
        return id;
    }

    /// <summary>For each of this vocabulary's ids, the id of the same concept in <paramref name="other"/>, or -1.</summary>
    public int[] MapInto(ConceptVocabulary other)
    {
        var map = new int[keys.Count];
        for (var id = 0; id < keys.Count; id++) map[id] = other.ids.GetValueOrDefault(keys[id], -1);
        return map;
    }
}

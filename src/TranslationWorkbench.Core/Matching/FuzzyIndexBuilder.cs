using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Collects units (as token texts, or copied from an existing index file and delta) and writes a fuzzy index
/// file (<see cref="FuzzyIndexLayout"/>) to a temporary name, moved into place at the end.
/// </summary>
internal sealed class FuzzyIndexBuilder
{
    private readonly Dictionary<string, int> interned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> internedSpans;
    private readonly List<string> texts = [];
    private readonly List<long> unitIds = [];
    private readonly List<long> memories = [];
    private readonly List<int> lengths = [];
    private readonly List<int> pool = [];

    public FuzzyIndexBuilder() => internedSpans = interned.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => unitIds.Count;

    /// <summary>Adds a unit by its match key, tokenised here without a string per token.</summary>
    public void AddKey(long unitId, long memoryId, string key) => AddIds(unitId, memoryId, InternKey(key));

    /// <summary>The builder's ids of a match key's tokens. Interning and <see cref="AddIds"/> touch different state: one thread may intern while another adds.</summary>
    public int[] InternKey(string key)
    {
        var tokens = Text.Tokenizer.Tokenize(key);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = Intern(tokens[i].SpanIn(key));
        return ids;
    }

    /// <summary>Adds a unit by token ids from <see cref="InternKey"/>.</summary>
    public void AddIds(long unitId, long memoryId, int[] tokenIds)
    {
        unitIds.Add(unitId);
        memories.Add(memoryId);
        lengths.Add(tokenIds.Length);
        pool.AddRange(tokenIds);
    }

    public void Add(long unitId, long memoryId, string[] tokens)
    {
        unitIds.Add(unitId);
        memories.Add(memoryId);
        lengths.Add(tokens.Length);
        foreach (var token in tokens) pool.Add(Intern(token));
    }

    /// <summary>Copies the file's units, except those <paramref name="skip"/> names (changed or deleted since it was written).</summary>
    public void AddFrom(FuzzyIndexFile file, Func<int, bool> skip)
    {
        var map = new int[file.VocabularySize];
        Array.Fill(map, -1);
        for (var ordinal = 0; ordinal < file.UnitCount; ordinal++)
        {
            if (skip(ordinal)) continue;
            var tokens = file.Tokens(ordinal);
            unitIds.Add(file.UnitId(ordinal));
            memories.Add(file.MemoryId(ordinal));
            lengths.Add(tokens.Length);
            foreach (var id in tokens)
            {
                if (map[id] < 0) map[id] = Intern(file.TokenText(id));
                pool.Add(map[id]);
            }
        }
    }

    /// <summary>Copies the delta's live units; token ids below the file's vocabulary size are the file's.</summary>
    public void AddFrom(DeltaIndex delta, FuzzyIndexFile file)
    {
        var newTexts = delta.NewTokens.ToDictionary(pair => pair.Value, pair => pair.Key);
        foreach (var (unitId, memoryId, tokenIds) in delta.LiveUnits())
        {
            unitIds.Add(unitId);
            memories.Add(memoryId);
            lengths.Add(tokenIds.Length);
            foreach (var id in tokenIds) pool.Add(Intern(id < file.VocabularySize ? file.TokenText(id) : newTexts[id]));
        }
    }

    public void Write(string path, long coveredMaxUnitId, long coveredChangeSeq)
    {
        // units in id order, so that a unit id finds its ordinal by binary search
        var order = Enumerable.Range(0, unitIds.Count).ToArray();
        var sortedIds = unitIds.ToArray();
        Array.Sort(sortedIds, order);
        // a unit reached twice (a batch's unit also caught up by another thread) is written once
        var distinct = Enumerable.Range(0, order.Length).Where(i => i == 0 || sortedIds[i] != sortedIds[i - 1]).ToArray();
        var ids = distinct.Select(i => sortedIds[i]).ToArray();
        order = distinct.Select(i => order[i]).ToArray();
        var sourceStarts = new long[unitIds.Count + 1];
        for (var i = 0; i < lengths.Count; i++) sourceStarts[i + 1] = sourceStarts[i] + lengths[i];

        var frequency = new int[texts.Count];
        var lastOrdinal = new int[texts.Count];
        Array.Fill(lastOrdinal, -1);
        var orderedMemories = new long[ids.Length];
        var starts = new long[ids.Length + 1];
        var tokenPool = new int[order.Sum(position => lengths[position])];
        var source = CollectionsMarshal.AsSpan(pool);
        for (var ordinal = 0; ordinal < order.Length; ordinal++)
        {
            var from = sourceStarts[order[ordinal]];
            var length = lengths[order[ordinal]];
            orderedMemories[ordinal] = memories[order[ordinal]];
            source.Slice((int)from, length).CopyTo(tokenPool.AsSpan((int)starts[ordinal]));
            starts[ordinal + 1] = starts[ordinal] + length;
            foreach (var id in tokenPool.AsSpan((int)starts[ordinal], length))
            {
                if (lastOrdinal[id] == ordinal) continue;
                lastOrdinal[id] = ordinal;
                frequency[id]++;
            }
        }

        // Renumber by falling frequency: the tokens every query touches sit together at the front.
        var byFrequency = Enumerable.Range(0, texts.Count).OrderByDescending(id => frequency[id]).ThenBy(id => texts[id], StringComparer.Ordinal).ToArray();
        var renumber = new int[texts.Count];
        for (var final = 0; final < byFrequency.Length; final++) renumber[byFrequency[final]] = final;
        for (var i = 0; i < tokenPool.Length; i++) tokenPool[i] = renumber[tokenPool[i]];

        var postingStarts = new long[texts.Count + 1];
        for (var final = 0; final < byFrequency.Length; final++) postingStarts[final + 1] = postingStarts[final] + frequency[byFrequency[final]];
        var postings = new int[postingStarts[^1]];
        var fill = (long[])postingStarts.Clone();
        Array.Fill(lastOrdinal, -1);
        for (var ordinal = 0; ordinal < order.Length; ordinal++)
        {
            for (var i = starts[ordinal]; i < starts[ordinal + 1]; i++)
            {
                var id = tokenPool[i];
                if (lastOrdinal[id] == ordinal) continue;
                lastOrdinal[id] = ordinal;
                postings[fill[id]++] = ordinal;
            }
        }

        var orderedTexts = byFrequency.Select(id => texts[id]).ToArray();
        var stringStarts = new int[orderedTexts.Length + 1];
        for (var final = 0; final < orderedTexts.Length; final++) stringStarts[final + 1] = stringStarts[final] + orderedTexts[final].Length;
        var stringPool = string.Concat(orderedTexts);
        var textOrder = Enumerable.Range(0, orderedTexts.Length).OrderBy(id => orderedTexts[id], StringComparer.Ordinal).ToArray();

        var temporary = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            var header = new byte[FuzzyIndexLayout.HeaderBytes];
            FuzzyIndexLayout.Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FuzzyIndexLayout.Version);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), ids.Length);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), orderedTexts.Length);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24), coveredMaxUnitId);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(32), coveredChangeSeq);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(40), tokenPool.LongLength);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(48), stringPool.Length);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(56), postings.LongLength);
            file.Write(header);
            Section(file, ids.AsSpan());
            Section(file, orderedMemories.AsSpan());
            Section(file, starts.AsSpan());
            Section(file, tokenPool.AsSpan());
            Section(file, stringStarts.AsSpan());
            Section(file, stringPool.AsSpan());
            Section(file, textOrder.AsSpan());
            Section(file, postingStarts.AsSpan());
            Section(file, postings.AsSpan());
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private int Intern(string token)
    {
        if (interned.TryGetValue(token, out var id)) return id;
        id = texts.Count;
        interned.Add(token, id);
        texts.Add(token);
        return id;
    }

    private int Intern(ReadOnlySpan<char> token) =>
        internedSpans.TryGetValue(token, out var id) ? id : Intern(token.ToString());

    private static void Section<T>(FileStream file, ReadOnlySpan<T> values) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The fuzzy index file is little-endian.");
        file.Write(MemoryMarshal.AsBytes(values));
        var padding = FuzzyIndexLayout.Align(file.Position) - file.Position;
        if (padding > 0) file.Write(new byte[padding]);
    }
}

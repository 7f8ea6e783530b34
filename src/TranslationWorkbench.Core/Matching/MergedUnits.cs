namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The units a new index file holds, in ascending id order, tokens as ids of one vocabulary: those of an existing
/// file (less the stale ones) and its delta, and the units added to the builder. A unit in more than one of them is
/// taken from the newest: added, then delta, then file.
/// </summary>
internal sealed class MergedUnits
{
    private readonly UnitSpill added;
    private readonly TokenFrequencies addedFrequencies;
    private readonly FuzzyIndexFile? file;
    private readonly Func<int, bool> skip;
    private readonly int[] fileTokens;
    private readonly (long UnitId, long MemoryId, int[] Tokens)[] deltaUnits;

    public MergedUnits(TokenTable vocabulary, UnitSpill added, TokenFrequencies addedFrequencies, FuzzyIndexFile? file, Func<int, bool> skip, DeltaIndex? delta)
    {
        this.added = added;
        this.addedFrequencies = addedFrequencies;
        this.file = file;
        this.skip = skip;
        // the whole vocabulary is known before the first pass: every token of the file and of the delta is interned now
        fileTokens = new int[file?.VocabularySize ?? 0];
        for (var id = 0; id < fileTokens.Length; id++) fileTokens[id] = vocabulary.Intern(file!.Text(id));
        var deltaTokens = delta?.NewTokens.ToDictionary(pair => pair.Value, pair => vocabulary.Intern(pair.Key)) ?? [];
        deltaUnits = delta is null ? [] : delta.LiveUnits()
            .Select(unit => (unit.UnitId, unit.MemoryId, unit.TokenIds.Select(id => id < fileTokens.Length ? fileTokens[id] : deltaTokens[id]).ToArray()))
            .OrderBy(unit => unit.UnitId)
            .ToArray();
    }

    public delegate void Visitor(int ordinal, long unitId, long memoryId, ReadOnlySpan<int> tokens);

    /// <summary>Visits every unit, numbering them 0, 1, 2… in id order.</summary>
    public void ForEach(Visitor visit) => ForEach(visit, includeAdded: true);

    /// <summary>
    /// Counts the units and their tokens, each token's document frequency (<paramref name="frequency"/>, by token id)
    /// and the memories. The added units were counted as they were added; when they all come after the others (a
    /// batch's new ids always do), only the others are read.
    /// </summary>
    public (int Units, long Tokens) Count(int[] frequency, ISet<long> memories)
    {
        var addedCounted = AddedComeLast();
        var read = new TokenFrequencies();
        ForEach((_, _, memoryId, tokens) => read.Add(memoryId, tokens), includeAdded: !addedCounted);
        TokenFrequencies[] counts = addedCounted ? [read, addedFrequencies] : [read];
        foreach (var count in counts)
        {
            count.AddTo(frequency);
            memories.UnionWith(count.Memories);
        }
        return (counts.Sum(count => count.Units), counts.Sum(count => count.Tokens));
    }

    private bool AddedComeLast()
    {
        if (added.Count == 0) return true;
        var fileLast = file is { UnitCount: > 0 } ? file.UnitId(file.UnitCount - 1) : long.MinValue;
        var deltaLast = deltaUnits.Length > 0 ? deltaUnits[^1].UnitId : long.MinValue;
        return added.FirstUnitId > Math.Max(fileLast, deltaLast);
    }

    private void ForEach(Visitor visit, bool includeAdded)
    {
        var reader = includeAdded ? added.Read() : null;
        long addedId = 0, addedMemory = 0;
        ReadOnlySpan<int> addedTokens = default;
        var hasAdded = reader is not null && reader.Next(out addedId, out addedMemory, out addedTokens);
        var fileOrdinal = NextLive(0);
        var deltaIndex = 0;
        var mapped = new List<int>();
        var ordinal = 0;
        while (true)
        {
            var fileId = fileOrdinal < (file?.UnitCount ?? 0) ? file!.UnitId(fileOrdinal) : long.MaxValue;
            var deltaId = deltaIndex < deltaUnits.Length ? deltaUnits[deltaIndex].UnitId : long.MaxValue;
            var nextAdded = hasAdded ? addedId : long.MaxValue;
            var next = Math.Min(fileId, Math.Min(deltaId, nextAdded));
            if (next == long.MaxValue) return;
            if (nextAdded == next) visit(ordinal++, addedId, addedMemory, addedTokens);
            else if (deltaId == next) visit(ordinal++, deltaId, deltaUnits[deltaIndex].MemoryId, deltaUnits[deltaIndex].Tokens);
            else visit(ordinal++, fileId, file!.MemoryId(fileOrdinal), Map(file.Tokens(fileOrdinal), mapped));
            if (nextAdded == next) hasAdded = reader!.Next(out addedId, out addedMemory, out addedTokens);
            if (deltaId == next) deltaIndex++;
            if (fileId == next) fileOrdinal = NextLive(fileOrdinal + 1);
        }
    }

    private int NextLive(int ordinal)
    {
        var count = file?.UnitCount ?? 0;
        while (ordinal < count && skip(ordinal)) ordinal++;
        return ordinal;
    }

    private ReadOnlySpan<int> Map(ReadOnlySpan<int> tokens, List<int> into)
    {
        into.Clear();
        foreach (var token in tokens) into.Add(fileTokens[token]);
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into);
    }
}

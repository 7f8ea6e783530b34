namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The units a new index file holds, in ascending id order, tokens as ids of one vocabulary: those of an existing
/// file (less the stale ones) and its delta, and the units added to the builder. A unit in more than one of them is
/// taken from the newest: added, then delta, then file.
/// </summary>
internal sealed class MergedUnits
{
    private readonly UnitSpill added;
    private readonly FuzzyIndexFile? file;
    private readonly Func<int, bool> skip;
    private readonly int[] fileTokens;
    private readonly (long UnitId, long MemoryId, int[] Tokens)[] deltaUnits;

    public MergedUnits(TokenTable vocabulary, UnitSpill added, FuzzyIndexFile? file, Func<int, bool> skip, DeltaIndex? delta)
    {
        this.added = added;
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
    public void ForEach(Visitor visit)
    {
        var reader = added.Read();
        var hasAdded = reader.Next(out var addedId, out var addedMemory, out var addedTokens);
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
            if (nextAdded == next) hasAdded = reader.Next(out addedId, out addedMemory, out addedTokens);
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

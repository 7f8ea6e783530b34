namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The units the index file does not cover yet (added or changed since it was written), indexed in memory.
/// Their ordinals follow the file's (file unit count + position here); new tokens get ids after the file's vocabulary.
/// </summary>
internal sealed class DeltaIndex(int firstOrdinal, int firstTokenId)
{
    private readonly List<long> unitIds = [];
    private readonly List<long> memories = [];
    private readonly List<int[]> tokens = [];
    private readonly List<bool> removed = [];
    private readonly Dictionary<long, int> positionOf = [];
    private readonly Dictionary<string, int> newTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> postings = [];

    public int FirstOrdinal => firstOrdinal;

    /// <summary>Positions used, removed ones included: ordinals run up to FirstOrdinal + Count.</summary>
    public int Count => unitIds.Count;

    public int LiveCount { get; private set; }

    public int TokenIdLimit => firstTokenId + newTokens.Count;

    /// <summary>Adds a unit; <paramref name="fileTokenId"/> gives the file's id of a token, or -1.</summary>
    public void Add(long unitId, long memoryId, string[] unitTokens, Func<string, int> fileTokenId)
    {
        Remove(unitId);
        var position = unitIds.Count;
        var ids = new int[unitTokens.Length];
        for (var i = 0; i < unitTokens.Length; i++)
        {
            var id = fileTokenId(unitTokens[i]);
            if (id < 0 && !newTokens.TryGetValue(unitTokens[i], out id))
            {
                id = firstTokenId + newTokens.Count;
                newTokens.Add(unitTokens[i], id);
            }
            ids[i] = id;
        }
        unitIds.Add(unitId);
        memories.Add(memoryId);
        tokens.Add(ids);
        removed.Add(false);
        positionOf[unitId] = position;
        LiveCount++;
        foreach (var id in ids.Distinct())
        {
            if (!postings.TryGetValue(id, out var list)) postings[id] = list = [];
            list.Add(firstOrdinal + position);
        }
    }

    /// <summary>Takes a unit out (it changed or was deleted); false when the delta does not hold it.</summary>
    public bool Remove(long unitId)
    {
        if (!positionOf.Remove(unitId, out var position)) return false;
        removed[position] = true;
        LiveCount--;
        return true;
    }

    public int NewTokenId(string token) => newTokens.TryGetValue(token, out var id) ? id : -1;

    public IReadOnlyList<int> Postings(int tokenId) => postings.TryGetValue(tokenId, out var list) ? list : [];

    public bool IsRemoved(int ordinal) => removed[ordinal - firstOrdinal];

    public long UnitId(int ordinal) => unitIds[ordinal - firstOrdinal];

    public long MemoryId(int ordinal) => memories[ordinal - firstOrdinal];

    public int[] Tokens(int ordinal) => tokens[ordinal - firstOrdinal];

    /// <summary>The live units with their token texts, for writing them into a new index file.</summary>
    public IEnumerable<(long UnitId, long MemoryId, int[] TokenIds)> LiveUnits()
    {
        for (var position = 0; position < unitIds.Count; position++)
        {
            if (!removed[position]) yield return (unitIds[position], memories[position], tokens[position]);
        }
    }

    /// <summary>The text of a token id that is new in the delta.</summary>
    public IReadOnlyDictionary<string, int> NewTokens => newTokens;
}

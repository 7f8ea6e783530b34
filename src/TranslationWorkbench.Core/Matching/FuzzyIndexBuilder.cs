namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Collects units (as match keys or token ids, in ascending id order) on top of an optional existing index file and
/// delta, and writes a fuzzy index file (<see cref="FuzzyIndexLayout"/>) under a temporary name.
/// </summary>
/// <remarks>
/// Memory stays flat for any number of units: the added units wait in a <see cref="UnitSpill"/>, the existing file
/// is read where it is mapped, and <see cref="FuzzyIndexFileWriter"/> writes the file in passes over them. What
/// grows is the vocabulary (distinct tokens: 86,000 for a million generated units).
/// </remarks>
internal sealed class FuzzyIndexBuilder(string folder) : IDisposable
{
    private readonly TokenTable vocabulary = new();
    private readonly List<Text.Token> tokens = [];
    private readonly UnitSpill added = new(folder);
    private readonly TokenFrequencies addedFrequencies = new();
    private long lastAddedId = long.MinValue;
    private FuzzyIndexFile? baseFile;
    private Func<int, bool> baseSkips = _ => false;
    private DeltaIndex? baseDelta;

    /// <summary>Units added (those of the base not counted).</summary>
    public int Count => added.Count;

    /// <summary>Adds a unit by its match key.</summary>
    public void AddKey(long unitId, long memoryId, string key) => AddIds(unitId, memoryId, InternKey(key));

    /// <summary>The builder's ids of a match key's tokens. Interning and <see cref="AddIds"/> touch different state: one thread may intern while another adds.</summary>
    public int[] InternKey(ReadOnlySpan<char> key)
    {
        tokens.Clear();
        Text.Tokenizer.Tokenize(key, tokens);
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = vocabulary.Intern(key.Slice(tokens[i].Start, tokens[i].Length));
        return ids;
    }

    /// <summary>Adds a unit by token ids from <see cref="InternKey"/>; ids must ascend.</summary>
    public void AddIds(long unitId, long memoryId, int[] tokenIds)
    {
        ArgumentNullException.ThrowIfNull(tokenIds);
        if (unitId <= lastAddedId) throw new InvalidOperationException($"Units are added to an index in ascending id order ({unitId} after {lastAddedId}).");
        lastAddedId = unitId;
        added.Add(unitId, memoryId, tokenIds);
        addedFrequencies.Add(memoryId, tokenIds);
    }

    /// <summary>Writes the units of <paramref name="file"/> (but those <paramref name="skip"/> names) and of <paramref name="delta"/> too, under the added ones.</summary>
    public void Over(FuzzyIndexFile file, Func<int, bool> skip, DeltaIndex delta)
    {
        baseFile = file;
        baseSkips = skip;
        baseDelta = delta;
    }

    /// <summary>Writes the index file at <paramref name="path"/>, replacing the one there at the end.</summary>
    public void Write(string path, long coveredMaxUnitId, long coveredChangeSeq, int postingsPerPass = FuzzyIndexFileWriter.PostingsPerPass) =>
        File.Move(WriteBeside(path, coveredMaxUnitId, coveredChangeSeq, postingsPerPass), path, overwrite: true);

    /// <summary>Writes the index file under a temporary name beside <paramref name="path"/> and returns that name.</summary>
    /// <param name="postingsPerPass">The postings filled in memory at a time (tests use small numbers, to make many passes).</param>
    public string WriteBeside(string path, long coveredMaxUnitId, long coveredChangeSeq, int postingsPerPass = FuzzyIndexFileWriter.PostingsPerPass)
    {
        var units = new MergedUnits(vocabulary, added, addedFrequencies, baseFile, baseSkips, baseDelta);
        var temporary = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        var written = false;
        try
        {
            FuzzyIndexFileWriter.Write(temporary, units, vocabulary, coveredMaxUnitId, coveredChangeSeq, postingsPerPass);
            written = true;
            return temporary;
        }
        finally
        {
            // a half-written file (a full disk) goes
            if (!written) DeleteQuietly(temporary);
        }
    }

    public void Dispose() => added.Dispose();

    /// <summary>Deletes a temporary index file that will never be installed; one that cannot go stays, harmless.</summary>
    internal static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // a stray temporary file beside the index: nothing reads it
        }
    }
}

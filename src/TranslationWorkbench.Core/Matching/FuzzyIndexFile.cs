using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// A fuzzy index file mapped into memory read-only: opening costs nothing whatever its size, the pages a
/// query touches are read on demand, and other processes mapping the same file share them.
/// </summary>
internal sealed unsafe class FuzzyIndexFile : IDisposable
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private readonly byte* start;
    private readonly long unitIds, unitMemories, tokenStarts, tokenPool, stringStarts, stringPool, sortedIds, postingStarts, postings;

    private FuzzyIndexFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, ReadOnlySpan<byte> header)
    {
        Path = path;
        this.map = map;
        this.view = view;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer + view.PointerOffset;
        UnitCount = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        VocabularySize = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        CoveredMaxUnitId = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        CoveredChangeSeq = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        var tokenCount = BinaryPrimitives.ReadInt64LittleEndian(header[40..]);
        var stringChars = BinaryPrimitives.ReadInt64LittleEndian(header[48..]);

        var postingCount = BinaryPrimitives.ReadInt64LittleEndian(header[56..]);
        var sections = new FuzzyIndexSections(UnitCount, VocabularySize, tokenCount, stringChars, postingCount);
        (unitIds, unitMemories, tokenStarts, tokenPool) = (sections.UnitIds, sections.UnitMemories, sections.TokenStarts, sections.TokenPool);
        (stringStarts, stringPool, sortedIds) = (sections.StringStarts, sections.StringPool, sections.SortedIds);
        (postingStarts, postings) = (sections.PostingStarts, sections.Postings);
    }

    private FuzzyIndexFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public int UnitCount { get; }

    public int VocabularySize { get; }

    /// <summary>The largest unit id the file covers; units with larger ids are newer.</summary>
    public long CoveredMaxUnitId { get; }

    /// <summary>The last unit_change seq the file covers; later changes are applied on top.</summary>
    public long CoveredChangeSeq { get; }

    /// <summary>No file yet: an index of nothing.</summary>
    public static FuzzyIndexFile Empty(string path) => new(path);

    /// <summary>Maps the file at <paramref name="path"/>; null when it is missing or of another version (it is then rebuilt).</summary>
    public static FuzzyIndexFile? Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        using (stream)
        {
            if (stream.Length < FuzzyIndexLayout.HeaderBytes) return null;
            Span<byte> header = stackalloc byte[FuzzyIndexLayout.HeaderBytes];
            stream.ReadExactly(header);
            if (!header[..8].SequenceEqual(FuzzyIndexLayout.Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != FuzzyIndexLayout.Version) return null;
            var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            var file = new FuzzyIndexFile(path, map, view, header);
            return file.IsComplete(stream.Length) ? file : Discard(file);
        }
    }

    public long UnitId(int ordinal) => *(long*)(start + unitIds + ordinal * 8L);

    public long MemoryId(int ordinal) => *(long*)(start + unitMemories + ordinal * 8L);

    public ReadOnlySpan<int> Tokens(int ordinal)
    {
        var from = *(long*)(start + tokenStarts + ordinal * 8L);
        var to = *(long*)(start + tokenStarts + (ordinal + 1) * 8L);
        return new ReadOnlySpan<int>(start + tokenPool + from * 4, (int)(to - from));
    }

    public ReadOnlySpan<int> Postings(int tokenId)
    {
        var from = *(long*)(start + postingStarts + tokenId * 8L);
        var to = *(long*)(start + postingStarts + (tokenId + 1) * 8L);
        return new ReadOnlySpan<int>(start + postings + from * 4, (int)(to - from));
    }

    /// <summary>
    /// The postings of a token for the units of one memory whose lengths, capped at <see cref="PostingKeys.MaxLength"/>,
    /// lie in [<paramref name="shortest"/>, <paramref name="longest"/>]: one slice, found by binary search.
    /// </summary>
    public ReadOnlySpan<int> Postings(int tokenId, long memoryId, int shortest, int longest)
    {
        var (from, to) = SliceBounds(tokenId, memoryId, shortest, longest);
        return new ReadOnlySpan<int>(start + postings + from * 4, (int)(to - from));
    }

    /// <summary>Where <see cref="Postings(int, long, int, int)"/>'s slice lies in the whole postings section, for <see cref="PostingAt"/>.</summary>
    public (long From, long To) SliceBounds(int tokenId, long memoryId, int shortest, int longest)
    {
        var first = *(long*)(start + postingStarts + tokenId * 8L);
        var all = Postings(tokenId);
        var from = FirstAtLeast(all, memoryId, Math.Min(shortest, PostingKeys.MaxLength));
        var to = longest >= PostingKeys.MaxLength ? FirstAtLeast(all, memoryId + 1, 0) : FirstAtLeast(all, memoryId, longest + 1);
        return (first + from, first + Math.Max(from, to));
    }

    /// <summary>The posting (a unit ordinal) at a place in the whole postings section.</summary>
    public int PostingAt(long index) => *(int*)(start + postings + index * 4);

    /// <summary>
    /// Visits a token's postings for one memory's units of at least <paramref name="shortest"/> tokens from the newest
    /// (highest ordinal) down, until <paramref name="visit"/> says stop: the slice's length groups merged by ordinal.
    /// </summary>
    public void NewestFirst(int tokenId, long memoryId, int shortest, Func<int, bool> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var slice = Postings(tokenId, memoryId, shortest, PostingKeys.MaxLength);
        // each group (one length) ascends; its next ordinal is its last unvisited one
        var next = new PriorityQueue<(int Position, int GroupStart), int>();
        for (var groupStart = 0; groupStart < slice.Length;)
        {
            var length = Math.Min(Length(slice[groupStart]), PostingKeys.MaxLength);
            var groupEnd = length == PostingKeys.MaxLength ? slice.Length : FirstAtLeast(slice, memoryId, length + 1);
            next.Enqueue((groupEnd - 1, groupStart), -slice[groupEnd - 1]);
            groupStart = groupEnd;
        }
        while (next.TryDequeue(out var group, out _))
        {
            if (!visit(slice[group.Position])) return;
            if (group.Position > group.GroupStart) next.Enqueue((group.Position - 1, group.GroupStart), -slice[group.Position - 1]);
        }
    }

    /// <summary>A unit's length in tokens.</summary>
    public int Length(int ordinal) =>
        (int)(*(long*)(start + tokenStarts + (ordinal + 1) * 8L) - *(long*)(start + tokenStarts + ordinal * 8L));

    public int Frequency(int tokenId) =>
        (int)(*(long*)(start + postingStarts + (tokenId + 1) * 8L) - *(long*)(start + postingStarts + tokenId * 8L));

    /// <summary>The id of a token, or -1 when the file does not know it.</summary>
    public int TokenId(ReadOnlySpan<char> token)
    {
        int low = 0, high = VocabularySize - 1;
        var sorted = (int*)(start + sortedIds);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var id = sorted[middle];
            var comparison = Text(id).SequenceCompareTo(token);
            if (comparison == 0) return id;
            if (comparison < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>The ordinal of a unit id, or -1.</summary>
    public int Ordinal(long unitId)
    {
        var ids = new ReadOnlySpan<long>(start + unitIds, UnitCount);
        var found = ids.BinarySearch(unitId);
        return found >= 0 ? found : -1;
    }

    public void Dispose()
    {
        if (view is not null)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
        }
        map?.Dispose();
    }

    public string TokenText(int tokenId) => new(Text(tokenId));

    // The first posting whose (memory, capped length) is at least the one given.
    private int FirstAtLeast(ReadOnlySpan<int> postings, long memoryId, int length)
    {
        int low = 0, high = postings.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var ordinal = postings[middle];
            var memory = MemoryId(ordinal);
            var before = memory < memoryId || (memory == memoryId && Math.Min(Length(ordinal), PostingKeys.MaxLength) < length);
            if (before) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    public ReadOnlySpan<char> Text(int tokenId)
    {
        var starts = (int*)(start + stringStarts);
        return new ReadOnlySpan<char>(start + stringPool + starts[tokenId] * 2L, starts[tokenId + 1] - starts[tokenId]);
    }

    private bool IsComplete(long length)
    {
        if (UnitCount == 0) return true;
        var postingCount = *(long*)(start + postingStarts + VocabularySize * 8L);
        return postings + postingCount * 4 <= length;
    }

    private static FuzzyIndexFile? Discard(FuzzyIndexFile file)
    {
        file.Dispose();
        return null;
    }
}

using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Writes a fuzzy index file (<see cref="FuzzyIndexLayout"/>) in passes over its units, with memory that does not grow with them.</summary>
/// <remarks>
/// A first pass counts units, tokens and each token's document frequency (of the units a batch did not count as it
/// added them: <see cref="MergedUnits.Count"/>); tokens are then numbered by falling
/// frequency (the ones every query touches sit together at the front). A second pass writes the unit sections at
/// their offsets. The postings, one section ordered by token and within a token by memory, unit length and ordinal
/// (<see cref="FuzzyIndexLayout"/>), are filled for a range of tokens at a time in a buffer of
/// <see cref="PostingsPerPass"/> (or of the commonest token's postings, if it has more), each range one more pass
/// over the units.
/// </remarks>
internal static class FuzzyIndexFileWriter
{
    /// <summary>Postings filled per pass: 16 MB.</summary>
    public const int PostingsPerPass = 4 << 20;

    public static void Write(string path, MergedUnits units, TokenTable vocabulary, long coveredMaxUnitId, long coveredChangeSeq, int postingsPerPass = PostingsPerPass)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(postingsPerPass, 1);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The fuzzy index file is little-endian.");
        var vocabularySize = vocabulary.Count;

        // pass 1: counts (of the units the import did not count as it added them)
        var frequency = new int[vocabularySize];
        var memories = new SortedSet<long>();
        var (unitCount, tokenCount) = units.Count(frequency, memories);

        var byText = VocabularyOrder.ByText(vocabulary);
        var byFrequency = VocabularyOrder.ByFrequency(frequency, byText);
        var renumber = new int[vocabularySize];
        for (var final = 0; final < vocabularySize; final++) renumber[byFrequency[final]] = final;
        var postingStarts = new long[vocabularySize + 1];
        for (var final = 0; final < vocabularySize; final++) postingStarts[final + 1] = postingStarts[final] + frequency[byFrequency[final]];

        var sections = new FuzzyIndexSections(unitCount, vocabularySize, tokenCount, vocabulary.PoolLength, postingStarts[^1]);
        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        file.SetLength(sections.End);
        var handle = file.SafeFileHandle;

        // pass 2: the unit sections
        {
            var ids = new SectionWriter(handle, sections.UnitIds);
            var memoryIds = new SectionWriter(handle, sections.UnitMemories);
            var starts = new SectionWriter(handle, sections.TokenStarts);
            var pool = new SectionWriter(handle, sections.TokenPool);
            long start = 0;
            units.ForEach((_, unitId, memoryId, tokens) =>
            {
                ids.Append(unitId);
                memoryIds.Append(memoryId);
                starts.Append(start);
                foreach (var token in tokens) pool.Append(renumber[token]);
                start += tokens.Length;
            });
            starts.Append(start);
            ids.Flush();
            memoryIds.Flush();
            starts.Flush();
            pool.Flush();
        }

        WriteVocabulary(handle, sections, vocabulary, byFrequency, byText, renumber);
        var postingStartsWriter = new SectionWriter(handle, sections.PostingStarts);
        foreach (var value in postingStarts) postingStartsWriter.Append(value);
        postingStartsWriter.Flush();
        var memoryRanks = memories.Select((memoryId, rank) => (memoryId, rank)).ToDictionary(pair => pair.memoryId, pair => pair.rank);
        WritePostings(handle, sections, units, renumber, postingStarts, new PostingKeys(memoryRanks), postingsPerPass);

        var header = new byte[FuzzyIndexLayout.HeaderBytes];
        FuzzyIndexLayout.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FuzzyIndexLayout.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), unitCount);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), vocabularySize);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24), coveredMaxUnitId);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(32), coveredChangeSeq);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(40), tokenCount);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(48), vocabulary.PoolLength);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(56), postingStarts[^1]);
        RandomAccess.Write(handle, header, 0);
        file.Flush(flushToDisk: true);
    }

    private static void WriteVocabulary(SafeFileHandle handle, FuzzyIndexSections sections, TokenTable vocabulary, int[] byFrequency, int[] byText, int[] renumber)
    {
        var starts = new SectionWriter(handle, sections.StringStarts);
        var pool = new SectionWriter(handle, sections.StringPool);
        var start = 0;
        foreach (var id in byFrequency)
        {
            starts.Append(start);
            var text = vocabulary.Text(id);
            foreach (var c in text) pool.Append(c);
            start += text.Length;
        }
        starts.Append(start);
        starts.Flush();
        pool.Flush();

        // final ids in the ordinal order of their texts, for lookup by binary search
        var order = new SectionWriter(handle, sections.SortedIds);
        foreach (var id in byText) order.Append(renumber[id]);
        order.Flush();
    }

    private static void WritePostings(
        SafeFileHandle handle, FuzzyIndexSections sections, MergedUnits units, int[] renumber, long[] postingStarts, PostingKeys keys, int postingsPerPass)
    {
        var vocabularySize = postingStarts.Length - 1;
        var lastSeen = new int[vocabularySize];
        var commonest = vocabularySize == 0 ? 0 : postingStarts[1] - postingStarts[0];
        var buffer = new long[(int)Math.Min(Math.Max(postingsPerPass, commonest), Math.Max(1, postingStarts[^1]))];
        var fill = new long[vocabularySize];
        var ordinals = new int[Math.Min(buffer.Length, 1 << 16)];
        var scratch = new long[Math.Min(buffer.Length, Math.Max(commonest, 64))];
        var counts = new int[PostingKeys.MaxCountedGroups + 1];
        for (var low = 0; low < vocabularySize;)
        {
            // the tokens [low, high) whose postings fit the buffer (one at least: the buffer holds the commonest)
            var high = low + 1;
            while (high < vocabularySize && postingStarts[high + 1] - postingStarts[low] <= buffer.Length) high++;
            var first = postingStarts[low];
            var count = postingStarts[high] - first;
            if (count > 0)
            {
                Array.Copy(postingStarts, low, fill, low, high - low);
                Array.Fill(lastSeen, -1);
                var (rangeLow, rangeHigh) = (low, high);
                units.ForEach((ordinal, _, memoryId, tokens) =>
                {
                    var key = keys.Of(memoryId, tokens.Length, ordinal);
                    foreach (var token in tokens)
                    {
                        var final = renumber[token];
                        if (final < rangeLow || final >= rangeHigh || lastSeen[token] == ordinal) continue;
                        lastSeen[token] = ordinal;
                        buffer[fill[final]++ - first] = key;
                    }
                });
                for (var token = low; token < high; token++)
                {
                    var slice = buffer.AsSpan((int)(postingStarts[token] - first), (int)(postingStarts[token + 1] - postingStarts[token]));
                    PostingKeys.SortFilled(slice, scratch, counts);
                }
                WriteOrdinals(handle, sections.Postings + first * 4, buffer.AsSpan(0, (int)count), ordinals);
            }
            low = high;
        }
    }

    // The ordinals of sorted keys, written in pieces through a small buffer.
    private static void WriteOrdinals(SafeFileHandle handle, long offset, ReadOnlySpan<long> keys, int[] ordinals)
    {
        for (var start = 0; start < keys.Length; start += ordinals.Length)
        {
            var piece = keys.Slice(start, Math.Min(ordinals.Length, keys.Length - start));
            for (var i = 0; i < piece.Length; i++) ordinals[i] = PostingKeys.Ordinal(piece[i]);
            RandomAccess.Write(handle, System.Runtime.InteropServices.MemoryMarshal.AsBytes(ordinals.AsSpan(0, piece.Length)), offset + start * 4L);
        }
    }
}

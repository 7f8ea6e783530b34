namespace TranslationWorkbench.Core.Matching;

/// <summary>Where each section of a fuzzy index file starts, 8-byte aligned, in the order of <see cref="FuzzyIndexLayout"/>: for the writer and the reader.</summary>
internal sealed class FuzzyIndexSections
{
    public FuzzyIndexSections(int units, int vocabulary, long tokens, long chars, long postings)
    {
        long offset = FuzzyIndexLayout.HeaderBytes;
        UnitIds = Next(ref offset, units * 8L);
        UnitMemories = Next(ref offset, units * 8L);
        TokenStarts = Next(ref offset, (units + 1) * 8L);
        TokenPool = Next(ref offset, tokens * 4);
        StringStarts = Next(ref offset, (vocabulary + 1) * 4L);
        StringPool = Next(ref offset, chars * 2);
        SortedIds = Next(ref offset, vocabulary * 4L);
        PostingStarts = Next(ref offset, (vocabulary + 1) * 8L);
        Postings = Next(ref offset, postings * 4);
        End = offset;
    }

    public long UnitIds { get; }

    public long UnitMemories { get; }

    public long TokenStarts { get; }

    public long TokenPool { get; }

    public long StringStarts { get; }

    public long StringPool { get; }

    public long SortedIds { get; }

    public long PostingStarts { get; }

    public long Postings { get; }

    public long End { get; }

    private static long Next(ref long offset, long bytes)
    {
        var section = offset;
        offset = FuzzyIndexLayout.Align(offset + bytes);
        return section;
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>One side of the document pair as the aligner sees it: lengths, paragraph starts and concepts per sentence.</summary>
internal sealed class SideEvidence
{
    public SideEvidence(IReadOnlyList<AlignmentSentence> sentences, ConceptTable concepts)
        : this(Prefix(sentences.Select(sentence => (long)sentence.Text.Length)), Starts(sentences), concepts)
    {
    }

    private SideEvidence(long[] lengthBefore, bool[] startsParagraph, ConceptTable concepts)
    {
        Count = lengthBefore.Length - 1;
        LengthBefore = lengthBefore;
        StartsParagraph = startsParagraph;
        Concepts = concepts;
        Paragraphs = StartsParagraph.Take(Count).Count(starts => starts);
    }

    public int Count { get; }

    /// <summary>Characters in sentences 0 … i-1, so that a run's length is a subtraction.</summary>
    public long[] LengthBefore { get; }

    /// <summary>Whether sentence i opens a paragraph; the end (index Count) counts as one.</summary>
    public bool[] StartsParagraph { get; }

    public int Paragraphs { get; }

    public ConceptTable Concepts { get; }

    public long Length(int first, int count) => LengthBefore[first + count] - LengthBefore[first];

    /// <summary>How many paragraph breaks fall inside the run of <paramref name="count"/> sentences from <paramref name="first"/>.</summary>
    public int BreaksWithin(int first, int count)
    {
        var breaks = 0;
        for (var i = first + 1; i < first + count; i++)
        {
            if (StartsParagraph[i]) breaks++;
        }
        return breaks;
    }

    public SideEvidence WithConcepts(ConceptTable concepts) => new(LengthBefore, StartsParagraph, concepts);

    /// <summary>Sentences first … first+count-1 as a side of their own.</summary>
    public SideEvidence Slice(int first, int count)
    {
        var lengthBefore = new long[count + 1];
        for (var k = 0; k <= count; k++) lengthBefore[k] = LengthBefore[first + k] - LengthBefore[first];
        var starts = StartsParagraph[first..(first + count + 1)];
        starts[0] = starts[count] = true;
        return new SideEvidence(lengthBefore, starts, Concepts.Slice(first, count));
    }

    private static long[] Prefix(IEnumerable<long> lengths)
    {
        var prefix = new List<long> { 0 };
        foreach (var length in lengths) prefix.Add(prefix[^1] + length);
        return [.. prefix];
    }

    private static bool[] Starts(IReadOnlyList<AlignmentSentence> sentences)
    {
        var starts = new bool[sentences.Count + 1];
        for (var i = 0; i < sentences.Count; i++) starts[i] = i == 0 || sentences[i].Paragraph != sentences[i - 1].Paragraph;
        starts[sentences.Count] = true;
        return starts;
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// The evidence of every sentence of one side, packed into a few arrays: per sentence, its concept ids in ascending
/// order with (Arabic side only) the weight a match on each is worth, and the terms the lexicon learner counts.
/// </summary>
/// <remarks>One array per side instead of three per sentence: a 100,000-sentence side is 300,000 fewer objects.</remarks>
internal sealed class ConceptTable
{
    private readonly int[] start;
    private readonly int[] ids;
    private readonly float[] weights;
    private readonly int[] termStart;
    private readonly int[] terms;

    private ConceptTable(int[] start, int[] ids, float[] weights, int[] termStart, int[] terms)
    {
        this.start = start;
        this.ids = ids;
        this.weights = weights;
        this.termStart = termStart;
        this.terms = terms;
    }

    public int Count => start.Length - 1;

    /// <summary>How many concept ids all sentences hold together.</summary>
    public int Total => ids.Length;

    public bool Weighted => weights.Length > 0 || ids.Length == 0;

    public ReadOnlySpan<int> Ids(int i) => ids.AsSpan(start[i], start[i + 1] - start[i]);

    public ReadOnlySpan<float> Weights(int i) => weights.AsSpan(start[i], start[i + 1] - start[i]);

    public ReadOnlySpan<int> Terms(int i) => terms.AsSpan(termStart[i], termStart[i + 1] - termStart[i]);

    /// <summary>The same concepts without the learner's terms, once learning is done (the arrays are shared).</summary>
    public ConceptTable WithoutTerms() => new(start, ids, weights, new int[start.Length], []);

    /// <summary>Sentences first … first+count-1 as a table of their own.</summary>
    public ConceptTable Slice(int first, int count)
    {
        var builder = new Builder(Weighted);
        var items = new List<(int Id, float Weight)>();
        var sentenceTerms = new List<int>();
        for (var i = first; i < first + count; i++)
        {
            items.Clear();
            sentenceTerms.Clear();
            var sentenceIds = Ids(i);
            for (var k = 0; k < sentenceIds.Length; k++) items.Add((sentenceIds[k], Weighted ? Weights(i)[k] : 0));
            foreach (var term in Terms(i)) sentenceTerms.Add(term);
            builder.Add(items, sentenceTerms);
        }
        return builder.Build();
    }

    /// <summary>Collects a side's sentences one at a time.</summary>
    internal sealed class Builder(bool weighted)
    {
        private readonly List<int> start = [0];
        private readonly List<int> ids = [];
        private readonly List<float> weights = [];
        private readonly List<int> termStart = [0];
        private readonly List<int> terms = [];

        /// <summary>Adds a sentence: its concepts sorted, each kept once at its largest weight, and its distinct terms. Both lists are reordered.</summary>
        public void Add(List<(int Id, float Weight)> items, List<int> sentenceTerms)
        {
            items.Sort((x, y) => x.Id != y.Id ? x.Id.CompareTo(y.Id) : y.Weight.CompareTo(x.Weight));
            for (var k = 0; k < items.Count; k++)
            {
                if (k > 0 && items[k].Id == items[k - 1].Id) continue;
                ids.Add(items[k].Id);
                if (weighted) weights.Add(items[k].Weight);
            }
            start.Add(ids.Count);
            sentenceTerms.Sort();
            for (var k = 0; k < sentenceTerms.Count; k++)
            {
                if (k == 0 || sentenceTerms[k] != sentenceTerms[k - 1]) terms.Add(sentenceTerms[k]);
            }
            termStart.Add(terms.Count);
        }

        public ConceptTable Build() => new([.. start], [.. ids], [.. weights], [.. termStart], [.. terms]);
    }
}

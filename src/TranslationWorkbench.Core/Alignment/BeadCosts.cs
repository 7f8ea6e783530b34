namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// The cost of a bead of a given shape starting at lattice node (i, j), in two parts so that the search can skip
/// the lexical part of hopeless beads: <see cref="Base"/> (prior, length, paragraphs) less <see cref="Shared"/>
/// (the concepts its sentences share), which never exceeds <see cref="SharedBound"/>.
/// </summary>
internal sealed class BeadCosts
{
    private readonly SideEvidence source;
    private readonly SideEvidence target;
    private readonly PairScores pairs;
    private readonly LengthCost length;
    private readonly AlignmentModel model;
    private readonly bool paragraphs;
    private readonly double[] priors;
    private readonly int[] sourceCounts;
    private readonly int[] targetCounts;

    public BeadCosts(SideEvidence source, SideEvidence target, PairScores pairs, BeadShapes shapes, AlignmentModel model, bool useParagraphs)
    {
        this.source = source;
        this.target = target;
        this.pairs = pairs;
        this.model = model;
        Shapes = shapes;
        sourceCounts = shapes.Source;
        targetCounts = shapes.Target;
        length = new LengthCost(DocumentRatio(source, target, model), model.LengthVariance);
        priors = Enumerable.Range(0, shapes.Count).Select(s => model.PriorCost(shapes.Source[s], shapes.Target[s])).ToArray();
        // Paragraph breaks are evidence only when both sides have them; a side laid out as one block says nothing.
        paragraphs = useParagraphs && source.Paragraphs > 1 && target.Paragraphs > 1;
    }

    public BeadShapes Shapes { get; }

    public double Cost(int shape, int i, int j) => Base(shape, i, j) - Shared(shape, i, j);

    /// <summary>Prior, length and paragraph cost; for a deletion (1-0, 0-1) the whole cost.</summary>
    public double Base(int shape, int i, int j)
    {
        var a = sourceCounts[shape];
        var b = targetCounts[shape];
        var cost = priors[shape];
        if (a == 0) return cost + model.DeletionPerCharacter * target.Length(j, b);
        if (b == 0) return cost + model.DeletionPerCharacter * source.Length(i, a);
        cost += length.Cost(source.Length(i, a), target.Length(j, b));
        if (paragraphs)
        {
            if (source.StartsParagraph[i] != target.StartsParagraph[j]) cost += model.ParagraphMismatch;
            if (a > 1 || b > 1) cost += (source.BreaksWithin(i, a) + target.BreaksWithin(j, b)) * model.ParagraphCrossing;
        }
        return cost;
    }

    /// <summary>
    /// The concepts the bead's sentences share, each counted once (see <see cref="PairScores"/>): the first pair in
    /// full, every further sentence without what it repeats from the sentence before it in the bead.
    /// </summary>
    public double Shared(int shape, int i, int j)
    {
        var a = sourceCounts[shape];
        var b = targetCounts[shape];
        if (a == 0 || b == 0) return 0;
        var index = pairs.Index(i, j);
        double shared = pairs.At(index);
        for (var k = 1; k < b; k++) shared += pairs.At(index + k) - pairs.RepeatedInTargetAt(index + k);
        for (var x = i + 1; x < i + a; x++)
        {
            var below = pairs.Index(x, j);
            shared += pairs.At(below) - pairs.RepeatedInSourceAt(below);
            if (b == 2) shared += pairs.At(below + 1) - pairs.RepeatedInTargetAt(below + 1) - pairs.RepeatedInSourceAt(below + 1);
        }
        return shared;
    }

    /// <summary>An upper bound of <see cref="Shared"/> for any bead of this shape starting in Arabic row i.</summary>
    public double SharedBound(int shape, int i)
    {
        var a = sourceCounts[shape];
        var b = targetCounts[shape];
        return a == 0 || b == 0 ? 0 : b * pairs.BestOfRows(i, a);
    }

    // Translations differ in how much they spell out: the bundled interview's English is 1.3 times its Arabic,
    // NTREX's 1.07. The document's own ratio, shrunk towards the corpus ratio as if that had been seen over
    // RatioPriorCharacters more Arabic characters, keeps the length cost centred on this document.
    private static double DocumentRatio(SideEvidence source, SideEvidence target, AlignmentModel model)
    {
        var arabic = source.LengthBefore[source.Count];
        var english = target.LengthBefore[target.Count];
        return (english + model.LengthRatio * model.RatioPriorCharacters) / (arabic + model.RatioPriorCharacters);
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Aligns the sentences of an Arabic text with those of its English translation.</summary>
/// <remarks>
/// Finds the cheapest monotonic sequence of beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2 and 1-N, N-1) by dynamic
/// programming in a band around the expected path (Gale and Church 1993; Moore 2002). A bead's cost adds its
/// shape's prior, Gale–Church's length cost with Arabic→English parameters, paragraph evidence, and subtracts the
/// rarity-weighted concepts its sentences share (numbers, Latin-script words, name skeletons, marks, dictionary
/// and learned translations). With <see cref="AlignerOptions.LearnLexicon"/> the document is aligned twice, the
/// second time with the word pairs the first alignment suggests (hunalign's -realign). Each bead's confidence is
/// its posterior probability over all paths in the band.
/// </remarks>
public sealed class SentenceAligner
{
    // Below this many lattice nodes the whole lattice is searched: a band saves nothing and could only cut paths.
    private const long FullLatticeNodes = 250_000;
    // A path closer than this to a band edge may have been pushed there: move the band and search again.
    private const int EdgeMargin = 3;
    private const int MaxBandMoves = 4;
    // A long document's first alignment, which the lexicon is learned from, covers this many windows of this
    // many Arabic sentences, less this many beads at either end of each.
    private const int LearningWindows = 20;
    private const int LearningWindow = 500;
    private const int WindowEdge = 20;
    // How far (in sentences) from the length diagonal an anchor is looked for.
    private const int AnchorWindow = 400;

    private readonly AlignerOptions options;
    private readonly AlignmentModel model;

    public SentenceAligner() : this(AlignerOptions.Default) { }

    public SentenceAligner(AlignerOptions options) : this(options, AlignmentModel.Default) { }

    internal SentenceAligner(AlignerOptions options, AlignmentModel model)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSentencesPerSide, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxSentencesPerSide, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BandWidth, 2 * options.MaxSentencesPerSide);
        this.options = options;
        this.model = model;
    }

    /// <summary>The beads, in order, covering every sentence of both sides exactly once.</summary>
    /// <exception cref="InvalidInputException">A side is empty, or the two sides are too different to be a text and its translation.</exception>
    public IReadOnlyList<Bead> Align(IReadOnlyList<AlignmentSentence> source, IReadOnlyList<AlignmentSentence> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        AlignmentInput.Check(source, target, options, model.LengthRatio);

        var (arabic, english, vocabulary) = Evidence(source, target);
        var concepts = vocabulary.Count;
        var shapes = new BeadShapes(options.MaxSentencesPerSide);
        var banded = (long)(source.Count + 1) * (target.Count + 1) > FullLatticeNodes;
        var band = banded ? AnchoredBand(arabic, english, vocabulary) : AlignmentBand.Full(source.Count, target.Count);

        if (options.LearnLexicon)
        {
            // hunalign's -realign: a first alignment, the word pairs it suggests, a second alignment with them.
            var first = FirstAlignment(arabic, english, shapes, ref band, concepts);
            var learned = LexiconLearner.Learn(arabic, english, first);
            arabic = arabic.WithConcepts(LexiconLearner.WithTranslations(arabic, learned, (float)model.LearnedWeight));
            english = english.WithConcepts(english.Concepts.WithoutTerms());
        }
        var (path, _) = Search(arabic, english, shapes, band, concepts, withPosteriors: true);
        return path.Select(ToBead).ToList();
    }

    // The two sides are read in parallel, each into its own vocabulary; the Arabic concepts are then renumbered
    // into the English vocabulary.
    private (SideEvidence Arabic, SideEvidence English, ConceptVocabulary Vocabulary) Evidence(IReadOnlyList<AlignmentSentence> source, IReadOnlyList<AlignmentSentence> target)
    {
        var englishReader = new EvidenceExtractor(model, lexicon: null, arabic: false);
        var arabicReader = new EvidenceExtractor(model, options.Lexicon, arabic: true);
        ConceptTable? englishConcepts = null, arabicConcepts = null;
        Parallel.Invoke(() => englishConcepts = englishReader.Extract(target), () => arabicConcepts = arabicReader.Extract(source));
        var inEnglishIds = EvidenceExtractor.InEnglishIds(arabicConcepts!, arabicReader.Vocabulary.MapInto(englishReader.Vocabulary));
        return (new SideEvidence(source, inEnglishIds), new SideEvidence(target, englishConcepts!), englishReader.Vocabulary);
    }

    // The learner counts a few thousand beads at most, so a long document's first alignment is done on windows
    // spread evenly over it: each starts and ends at the band's centre, which may be off by a sentence or two, so
    // the beads near a window's ends are left out.
    private IReadOnlyList<LatticeBead> FirstAlignment(SideEvidence arabic, SideEvidence english, BeadShapes shapes, ref AlignmentBand band, int concepts)
    {
        if (arabic.Count <= LearningWindows * LearningWindow)
        {
            var (path, searched) = Search(arabic, english, shapes, band, concepts, withPosteriors: false);
            band = searched;
            return path;
        }
        var beads = new List<LatticeBead>();
        var spacing = arabic.Count / LearningWindows;
        for (var w = 0; w < LearningWindows; w++)
        {
            var first = w * spacing + (spacing - LearningWindow) / 2;
            var last = first + LearningWindow;
            int from = (band.Low[first] + band.High[first]) / 2, to = (band.Low[last] + band.High[last]) / 2;
            if (to <= from) continue;
            var (path, _) = Search(arabic.Slice(first, last - first), english.Slice(from, to - from), shapes,
                band.Slice(first, last, from, to), concepts, withPosteriors: false);
            beads.AddRange(path.Skip(WindowEdge).SkipLast(WindowEdge).Select(bead => bead with { I = bead.I + first, J = bead.J + from }));
        }
        return beads;
    }

    private (IReadOnlyList<LatticeBead> Path, AlignmentBand Band) Search(
        SideEvidence arabic, SideEvidence english, BeadShapes shapes, AlignmentBand band, int concepts, bool withPosteriors)
    {
        for (var moves = 0; ; moves++)
        {
            var pairs = new PairScores(arabic, english, band, shapes.MaxSide, model.IdfCap, concepts);
            var costs = new BeadCosts(arabic, english, pairs, shapes, model, options.UseParagraphs);
            var path = new AlignmentLattice(band, costs, model.Temperature).BestPath(withPosteriors);
            if (moves == MaxBandMoves || !band.IsTight(Nodes(path), english.Count, EdgeMargin)) return (path, band);
            band = Around(Spans(path, arabic.Count, scale: 1, english.Count), english.Count);
        }
    }

    private AlignmentBand AnchoredBand(SideEvidence arabic, SideEvidence english, ConceptVocabulary vocabulary)
    {
        var centre = AnchorChain.Centre(arabic, english, id => vocabulary.KindOf(id) is ConceptKind.Number or ConceptKind.Name,
            vocabulary.Count, AnchorWindow);
        return AlignmentBand.Around(centre, centre, options.BandWidth, english.Count);
    }

    // For each Arabic position, the lowest and highest English position the path (scaled up from blocks) passes
    // at it; inside a bead that spans several rows, the straight line between its corners.
    private static (int[] Low, int[] High) Spans(IReadOnlyList<LatticeBead> path, int n, int scale, int m)
    {
        var low = Enumerable.Repeat(int.MaxValue, n + 1).ToArray();
        var high = Enumerable.Repeat(int.MinValue, n + 1).ToArray();
        foreach (var bead in path)
        {
            int i0 = Math.Min(n, bead.I * scale), i1 = Math.Min(n, (bead.I + bead.SourceCount) * scale);
            int j0 = Math.Min(m, bead.J * scale), j1 = Math.Min(m, (bead.J + bead.TargetCount) * scale);
            for (var i = i0; i <= i1; i++)
            {
                var along = i1 == i0 ? 0 : (double)(i - i0) / (i1 - i0);
                var from = i1 == i0 ? j0 : (int)Math.Floor(j0 + along * (j1 - j0));
                var to = i1 == i0 ? j1 : (int)Math.Ceiling(j0 + along * (j1 - j0));
                low[i] = Math.Min(low[i], from);
                high[i] = Math.Max(high[i], to);
            }
        }
        return (low, high);
    }

    private AlignmentBand Around((int[] Low, int[] High) spans, int m) => AlignmentBand.Around(spans.Low, spans.High, options.BandWidth, m);

    private static IEnumerable<(int I, int J)> Nodes(IReadOnlyList<LatticeBead> path)
    {
        foreach (var bead in path) yield return (bead.I, bead.J);
        if (path.Count > 0) yield return (path[^1].I + path[^1].SourceCount, path[^1].J + path[^1].TargetCount);
    }

    private static Bead ToBead(LatticeBead bead) => new(
        Enumerable.Range(bead.I, bead.SourceCount).ToArray(),
        Enumerable.Range(bead.J, bead.TargetCount).ToArray(),
        double.IsNaN(bead.Posterior) ? 0 : bead.Posterior);
}

using System.Globalization;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Strict and lax precision, recall and F1 of an alignment against a gold one, counted exactly as Vecalign's
/// score.py counts them (after Sennrich and Volk 2011), so figures compare with published aligners.
/// </summary>
/// <remarks>
/// score.py: precision looks at every predicted bead (deletions and insertions included): strictly right when a
/// gold bead is identical; laxly right when some gold bead shares a source sentence and that source sentence's
/// gold target sentences include one of the bead's, so a predicted bead with an empty side is right only when
/// identical to a gold one. Recall is the same count with the roles swapped and with the beads that have an
/// empty side left out of both lists. Counts add up over documents (score_multiple) before dividing; a ratio
/// with nothing to count is 0.
/// </remarks>
public sealed record AlignmentScore(
    int PredictedStrictRight, int PredictedStrictWrong, int PredictedLaxRight, int PredictedLaxWrong,
    int GoldStrictFound, int GoldStrictMissed, int GoldLaxFound, int GoldLaxMissed)
{
    public static AlignmentScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double PrecisionStrict => Ratio(PredictedStrictRight, PredictedStrictWrong);
    public double RecallStrict => Ratio(GoldStrictFound, GoldStrictMissed);
    public double F1Strict => F1(PrecisionStrict, RecallStrict);
    public double PrecisionLax => Ratio(PredictedLaxRight, PredictedLaxWrong);
    public double RecallLax => Ratio(GoldLaxFound, GoldLaxMissed);
    public double F1Lax => F1(PrecisionLax, RecallLax);

    public static AlignmentScore Compute(IReadOnlyList<Bead> gold, IReadOnlyList<Bead> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var (strictRight, strictWrong, laxRight, laxWrong) = Count(reference: gold, candidates: predicted);
        var (found, missed, laxFound, laxMissed) = Count(reference: BothSides(predicted), candidates: BothSides(gold));
        return new AlignmentScore(strictRight, strictWrong, laxRight, laxWrong, found, missed, laxFound, laxMissed);
    }

    /// <summary>The counts of two documents together (what score.py does with several files).</summary>
    public AlignmentScore Add(AlignmentScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AlignmentScore(
            PredictedStrictRight + other.PredictedStrictRight, PredictedStrictWrong + other.PredictedStrictWrong,
            PredictedLaxRight + other.PredictedLaxRight, PredictedLaxWrong + other.PredictedLaxWrong,
            GoldStrictFound + other.GoldStrictFound, GoldStrictMissed + other.GoldStrictMissed,
            GoldLaxFound + other.GoldLaxFound, GoldLaxMissed + other.GoldLaxMissed);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"strict P {PrecisionStrict:F3} R {RecallStrict:F3} F1 {F1Strict:F3}; lax P {PrecisionLax:F3} R {RecallLax:F3} F1 {F1Lax:F3}");

    // score.py's _precision(goldalign=reference, testalign=candidates): beads empty on both sides are dropped and
    // duplicates count once (it works on sets).
    private static (int StrictRight, int StrictWrong, int LaxRight, int LaxWrong) Count(IReadOnlyList<Bead> reference, IReadOnlyList<Bead> candidates)
    {
        var referenceKeys = reference.Where(NotEmpty).Select(BeadFormat.Format).ToHashSet(StringComparer.Ordinal);
        var referenceTargets = new Dictionary<int, HashSet<int>>();
        foreach (var bead in reference)
        {
            foreach (var source in bead.Source)
            {
                if (!referenceTargets.TryGetValue(source, out var targets)) referenceTargets[source] = targets = [];
                targets.UnionWith(bead.Target);
            }
        }

        int strictRight = 0, strictWrong = 0, laxRight = 0, laxWrong = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bead in candidates.Where(NotEmpty))
        {
            var key = BeadFormat.Format(bead);
            if (!seen.Add(key)) continue;
            if (referenceKeys.Contains(key))
            {
                strictRight++;
                laxRight++;
                continue;
            }
            strictWrong++;
            var overlaps = bead.Source.Any(source => referenceTargets.TryGetValue(source, out var targets) && bead.Target.Any(targets.Contains));
            if (overlaps) laxRight++;
            else laxWrong++;
        }
        return (strictRight, strictWrong, laxRight, laxWrong);
    }

    private static List<Bead> BothSides(IReadOnlyList<Bead> beads) => beads.Where(bead => bead.Source.Count > 0 && bead.Target.Count > 0).ToList();

    private static bool NotEmpty(Bead bead) => bead.Source.Count > 0 || bead.Target.Count > 0;

    private static double Ratio(int right, int wrong) => right + wrong == 0 ? 0 : (double)right / (right + wrong);

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}

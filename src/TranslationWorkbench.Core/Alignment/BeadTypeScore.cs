using System.Globalization;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>How one bead shape ("1-1", "2-1", "1-0", …) fared: gold beads of that shape found exactly, and predicted ones that were right.</summary>
public sealed record BeadTypeScore(string Shape, int Gold, int Found, int Predicted, int PredictedRight)
{
    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    public double Precision => Predicted == 0 ? 0 : (double)PredictedRight / Predicted;

    /// <summary>Per shape, gold and predicted; shapes ordered by size ("0-1", "1-0", "1-1", "1-2", "2-1", …).</summary>
    public static IReadOnlyList<BeadTypeScore> Compute(IReadOnlyList<Bead> gold, IReadOnlyList<Bead> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldKeys = gold.Select(BeadFormat.Format).ToHashSet(StringComparer.Ordinal);
        var predictedKeys = predicted.Select(BeadFormat.Format).ToHashSet(StringComparer.Ordinal);
        var scores = gold.GroupBy(bead => bead.Shape).Select(group => (group.Key, Gold: group.Count(), Found: group.Count(bead => predictedKeys.Contains(BeadFormat.Format(bead))), Predicted: 0, Right: 0))
            .Concat(predicted.GroupBy(bead => bead.Shape).Select(group => (group.Key, Gold: 0, Found: 0, Predicted: group.Count(), Right: group.Count(bead => goldKeys.Contains(BeadFormat.Format(bead))))))
            .GroupBy(score => score.Key)
            .Select(group => new BeadTypeScore(group.Key, group.Sum(s => s.Gold), group.Sum(s => s.Found), group.Sum(s => s.Predicted), group.Sum(s => s.Right)));
        return Ordered(scores);
    }

    /// <summary>The shapes of several documents added up.</summary>
    public static IReadOnlyList<BeadTypeScore> Sum(IEnumerable<IReadOnlyList<BeadTypeScore>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var scores = documents.SelectMany(document => document).GroupBy(score => score.Shape)
            .Select(group => new BeadTypeScore(group.Key, group.Sum(s => s.Gold), group.Sum(s => s.Found), group.Sum(s => s.Predicted), group.Sum(s => s.PredictedRight)));
        return Ordered(scores);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Shape,-4} gold {Gold,5} found {Found,5} recall {Recall:F3} | predicted {Predicted,5} right {PredictedRight,5} precision {Precision:F3}");

    private static List<BeadTypeScore> Ordered(IEnumerable<BeadTypeScore> scores) =>
        scores.OrderBy(score => Size(score.Shape)).ThenBy(score => score.Shape, StringComparer.Ordinal).ToList();

    private static int Size(string shape) => shape.Split('-').Sum(side => int.Parse(side, CultureInfo.InvariantCulture));
}

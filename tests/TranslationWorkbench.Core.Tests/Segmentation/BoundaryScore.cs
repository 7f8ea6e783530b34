using System.Globalization;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>Precision, recall and F1 of predicted sentence boundaries against gold ones, summed over documents.</summary>
internal sealed class BoundaryScore
{
    private int truePositives;
    private int predicted;
    private int gold;

    public double Precision => predicted == 0 ? 1 : (double)truePositives / predicted;

    public double Recall => gold == 0 ? 1 : (double)truePositives / gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(IReadOnlySet<int> predictedEnds, IReadOnlySet<int> goldEnds)
    {
        truePositives += predictedEnds.Count(goldEnds.Contains);
        predicted += predictedEnds.Count;
        gold += goldEnds.Count;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:F4}, recall {Recall:F4}, F1 {F1:F4} ({truePositives} of {gold} gold boundaries, {predicted} predicted)");
}

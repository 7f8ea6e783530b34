namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// A unit of the alignment: 0-based sentence indices on the Arabic (source) and English (target) side, either side
/// possibly empty, and the aligner's confidence in [0, 1] that exactly this bead is right.
/// </summary>
/// <remarks>Records compare list members by reference: compare beads with <see cref="SameSentences"/>.</remarks>
public sealed record Bead(IReadOnlyList<int> Source, IReadOnlyList<int> Target, double Confidence)
{
    /// <summary>"1-1", "2-1", "1-0", …: how many source and target sentences the bead holds.</summary>
    public string Shape => $"{Source.Count}-{Target.Count}";

    /// <summary>True when both beads hold the same sentences, whatever their confidence.</summary>
    public bool SameSentences(Bead other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Source.SequenceEqual(other.Source) && Target.SequenceEqual(other.Target);
    }
}

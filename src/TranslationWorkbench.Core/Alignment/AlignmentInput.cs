using System.Globalization;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Refuses input that no alignment can fit, rather than returning a degenerate one.</summary>
internal static class AlignmentInput
{
    // Gale–Church: the length difference of a translation has a standard deviation of √(3.6·l) characters, 19 for
    // 100 characters, 60 for 1,000; a side three times as long as expected is not a translation of the other.
    private const double MaxLengthRatio = 3;
    private const double MinCharactersToJudge = 200;

    public static void Check(IReadOnlyList<AlignmentSentence> source, IReadOnlyList<AlignmentSentence> target, AlignerOptions options, double lengthRatio)
    {
        if (source.Count == 0 && target.Count == 0) throw new InvalidInputException("Nothing to align: both the Arabic and the English side have no sentences.");
        if (source.Count == 0) throw new InvalidInputException($"Nothing to align: the Arabic side has no sentences (the English side has {target.Count}).");
        if (target.Count == 0) throw new InvalidInputException($"Nothing to align: the English side has no sentences (the Arabic side has {source.Count}).");

        var (more, fewer) = source.Count >= target.Count ? (source.Count, target.Count) : (target.Count, source.Count);
        if (more > fewer * options.MaxSentencesPerSide)
        {
            throw new InvalidInputException(
                $"Cannot align {source.Count} Arabic sentences with {target.Count} English sentences: even beads of {options.MaxSentencesPerSide} sentences to 1 cannot cover the difference; are these two versions of the same text?");
        }

        var arabic = source.Sum(sentence => (long)sentence.Text.Length) * lengthRatio;
        var english = target.Sum(sentence => (long)sentence.Text.Length);
        if (Math.Max(arabic, english) >= MinCharactersToJudge && Math.Min(arabic, english) > 0 && Math.Max(arabic / english, english / arabic) > MaxLengthRatio)
        {
            var ratio = english / arabic;
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"Cannot align: the English side is {ratio:0.##} times as long as expected from the Arabic ({english} characters for {arabic / lengthRatio:0} Arabic ones; a translation is about {lengthRatio:0.##} times as long); are these two versions of the same text?"));
        }
    }
}

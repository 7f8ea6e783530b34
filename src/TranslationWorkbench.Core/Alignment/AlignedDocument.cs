using TranslationWorkbench.Core.Segmentation;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>A text and its translation cut into sentences and aligned: the sentences of both sides and the beads joining them.</summary>
public sealed record AlignedDocument(IReadOnlyList<AlignmentSentence> Source, IReadOnlyList<AlignmentSentence> Target, IReadOnlyList<Bead> Beads)
{
    /// <summary>Cuts both texts into sentences (or takes them one per line) and aligns them.</summary>
    /// <param name="presegmented">One sentence per line, taken as it is; a blank line ends a paragraph.</param>
    public static AlignedDocument Align(
        string sourceText, string targetText, string sourceLanguage, string targetLanguage, bool presegmented, AlignerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(targetText);
        var source = Sentences(sourceText, sourceLanguage, presegmented);
        var target = Sentences(targetText, targetLanguage, presegmented);
        var beads = new SentenceAligner(options ?? AlignerOptions.Default).Align(source, target);
        return new AlignedDocument(source, target, beads);
    }

    /// <summary>Each bead as text, in order; beads with an empty side give an empty string there.</summary>
    public IReadOnlyList<AlignedPair> Pairs() => Beads
        .Select(bead => new AlignedPair(Join(Source, bead.Source), Join(Target, bead.Target), bead.Confidence))
        .ToList();

    private static IReadOnlyList<AlignmentSentence> Sentences(string text, string language, bool presegmented)
    {
        LanguageCode.Check(language, "language");
        if (!presegmented) return AlignmentSentence.From(Segmenter.For(language).Split(text));
        var sentences = new List<AlignmentSentence>();
        var paragraph = 0;
        foreach (var line in TextLines.Of(text))
        {
            if (line.IsBlank)
            {
                if (sentences.Count > 0 && sentences[^1].Paragraph == paragraph) paragraph++;
                continue;
            }
            sentences.Add(new AlignmentSentence(text.Substring(line.Start, line.Length).Trim(), paragraph));
        }
        return sentences;
    }

    private static string Join(IReadOnlyList<AlignmentSentence> sentences, IReadOnlyList<int> indices) =>
        string.Join(' ', indices.Select(index => sentences[index].Text));
}

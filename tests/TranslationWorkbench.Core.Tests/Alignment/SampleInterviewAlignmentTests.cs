using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Segmentation;
using Xunit.Abstractions;

namespace TranslationWorkbench.Core.Tests.Alignment;

/// <summary>
/// The bundled Rudaw interview: 45 Arabic sentences, 87 English ones, gold with 1-3, 1-4 and 1-5 beads (long
/// comma-chained answers) and seven 1-0 beads (page boilerplate the translation leaves out).
/// </summary>
public sealed class SampleInterviewAlignmentTests(ITestOutputHelper output)
{
    private const string Stem = "rudaw-2020-02-07-caggins-interview";

    [Fact]
    public void Align_InterviewSentencesWithoutLayout_ReachesStrictF1OfPoint90()
    {
        // Given the .sentences files alone: one sentence per line, no paragraphs
        var arabic = AlignmentSentence.FromLines(TestData.Lines("sample", Stem + ".ar.sentences"));
        var english = AlignmentSentence.FromLines(TestData.Lines("sample", Stem + ".en.sentences"));

        var score = AlignAndPrint(arabic, english, "sentences only");

        // Measured 0.936: the misses are boilerplate the translation leaves out: "A+ A-" joins the dateline, and
        // the five lines of the comment form join the last English sentence (taking it from its 1-5 bead);
        // nothing but layout tells them apart. 0.90 leaves room for one more wrong bead.
        Assert.True(score.F1Strict >= 0.90, $"strict F1 {score.F1Strict:F4} below 0.90");
    }

    [Fact]
    public void Align_InterviewSentencesWithTheirParagraphs_ReachesStrictF1OfPoint93()
    {
        // Given the same sentences with the paragraphs the .txt files lay them out in (found by the segmenter)
        var arabic = LaidOut(TestData.Lines("sample", Stem + ".ar.sentences"), File.ReadAllText(TestData.Path("sample", Stem + ".ar.txt")), "ar");
        var english = LaidOut(TestData.Lines("sample", Stem + ".en.sentences"), File.ReadAllText(TestData.Path("sample", Stem + ".en.txt")), "en");

        var score = AlignAndPrint(arabic, english, $"with paragraphs ({arabic[^1].Paragraph + 1} Arabic, {english[^1].Paragraph + 1} English)");

        // Measured 0.951: the comment form now stays out and every 1-N bead is found, but in the paragraph of
        // short lines (date, "رووداو", keywords, "A+ A-" against "7 February 2020", "Rudaw") "A+ A-" takes
        // "Rudaw" on length alone. 0.93 leaves room for one more wrong bead.
        Assert.True(score.F1Strict >= 0.93, $"strict F1 {score.F1Strict:F4} below 0.93");
    }

    private AlignmentScore AlignAndPrint(IReadOnlyList<AlignmentSentence> arabic, IReadOnlyList<AlignmentSentence> english, string title)
    {
        var gold = BeadFormat.Read(TestData.Path("sample", Stem + ".gold"));
        var predicted = new SentenceAligner().Align(arabic, english);
        var score = AlignmentScore.Compute(gold, predicted);
        output.WriteLine($"{Stem}, {title}: {score}");
        foreach (var shape in BeadTypeScore.Compute(gold, predicted)) output.WriteLine("  " + shape);
        foreach (var bead in predicted.Where(bead => !gold.Any(bead.SameSentences))) output.WriteLine($"  wrong: {BeadFormat.Format(bead)} (confidence {bead.Confidence:F2})");
        return score;
    }

    // Each sentence's paragraph is the one the segmenter gives the place where the sentence stands in the text.
    private static List<AlignmentSentence> LaidOut(string[] sentences, string text, string language)
    {
        var segments = Segmenter.For(language).Split(text);
        var laidOut = new List<AlignmentSentence>();
        var position = 0;
        foreach (var sentence in sentences)
        {
            position = text.IndexOf(sentence, position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"'{sentence}' is not in the {language} text");
            laidOut.Add(new AlignmentSentence(sentence, segments.Last(segment => segment.Start <= position).Paragraph));
            position += sentence.Length;
        }
        return laidOut;
    }
}

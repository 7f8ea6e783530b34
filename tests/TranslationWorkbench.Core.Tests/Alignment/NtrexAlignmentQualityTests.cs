using System.Globalization;
using TranslationWorkbench.Core.Alignment;
using Xunit.Abstractions;

namespace TranslationWorkbench.Core.Tests.Alignment;

/// <summary>
/// Alignment quality on the NTREX dev set (123 news documents, 1,720 gold beads), scored as Vecalign's score.py
/// scores several files: each document aligned on its own, counts added up. For orientation, on sets like it:
/// hunalign -realign 0.91, hunalign without a dictionary 0.88, Gale–Church 0.90 strict F1.
/// </summary>
public sealed class NtrexAlignmentQualityTests(ITestOutputHelper output)
{
    private const string FreeDictIndex = "/usr/share/dictd/freedict-ara-eng.index";

    [Fact]
    public void Align_NtrexDevDocuments_ReachesStrictF1OfPoint95WithoutDictionary()
    {
        var result = DevSetAlignment.Align(new SentenceAligner());

        Print("no dictionary", result);
        Assert.True(result.Score.F1Strict >= 0.95, $"strict F1 {result.Score.F1Strict:F4} below 0.95");
    }

    [Fact]
    public void Align_NtrexDevDocuments_LowConfidenceHoldsTheWrongBeads()
    {
        var confidences = DevSetAlignment.Align(new SentenceAligner()).Confidences.OrderBy(bead => bead.Confidence).ToList();
        var decile = confidences.Count / 10;
        var lowest = confidences.Take(decile).ToList();
        var rest = confidences.Skip(decile).ToList();
        var wrong = confidences.Count(bead => !bead.Right);

        var lowestAccuracy = Accuracy(lowest);
        var restAccuracy = Accuracy(rest);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lowest-confidence decile: {lowest.Count} beads, {lowestAccuracy:P1} right; the rest: {rest.Count} beads, {restAccuracy:P1} right; {lowest.Count(bead => !bead.Right)} of the {wrong} wrong beads are in the lowest decile"));
        foreach (var (from, to) in new[] { (0.0, 0.5), (0.5, 0.8), (0.8, 0.95), (0.95, 1.01) })
        {
            var bin = confidences.Where(bead => bead.Confidence >= from && bead.Confidence < to).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  confidence [{from:F2}, {Math.Min(to, 1):F2}): {bin.Count,5} beads, {Accuracy(bin):P1} right"));
        }

        // A reviewer who checks the lowest tenth first finds far more errors there than anywhere else.
        Assert.True(lowestAccuracy < restAccuracy - 0.1, $"lowest decile {lowestAccuracy:F3}, rest {restAccuracy:F3}");
        Assert.True(lowest.Count(bead => !bead.Right) * 2 >= wrong, "fewer than half the wrong beads are in the lowest decile");
    }

    [Fact]
    public void Align_NtrexDevAsOneDocument_ReachesStrictF1OfPoint95()
    {
        // Given the 123 documents one after the other as a single 1,852 × 1,803 document, without paragraph breaks,
        // so that the search runs in a band
        var arabic = new List<string>();
        var english = new List<string>();
        var gold = new List<Bead>();
        foreach (var document in DevSetAlignment.Read())
        {
            gold.AddRange(document.Gold.Select(bead => new Bead(bead.Source.Select(i => i + arabic.Count).ToArray(), bead.Target.Select(j => j + english.Count).ToArray(), 1)));
            arabic.AddRange(document.Arabic);
            english.AddRange(document.English);
        }

        var predicted = new SentenceAligner().Align(AlignmentSentence.FromLines(arabic), AlignmentSentence.FromLines(english));

        var score = AlignmentScore.Compute(gold, predicted);
        output.WriteLine($"all documents as one ({arabic.Count} × {english.Count}): {score}");
        foreach (var shape in BeadTypeScore.Compute(gold, predicted)) output.WriteLine("  " + shape);
        Assert.True(score.F1Strict >= 0.95, $"strict F1 {score.F1Strict:F4} below 0.95");
    }

    [SkippableFact]
    public void Align_NtrexDevDocumentsWithFreeDict_DoesBetterThanWithout()
    {
        Skip.IfNot(File.Exists(FreeDictIndex), $"{FreeDictIndex} is not installed (apt-get install dict-freedict-ara-eng)");
        var dictionary = DictdDictionary.Load(FreeDictIndex);
        output.WriteLine($"FreeDict ara-eng: {dictionary.Headwords} single-word headwords");

        var withDictionary = DevSetAlignment.Align(new SentenceAligner(new AlignerOptions(Lexicon: dictionary)));
        var without = DevSetAlignment.Align(new SentenceAligner());

        Print("with FreeDict", withDictionary);
        output.WriteLine($"without: {without.Score}");
        Assert.True(withDictionary.Score.F1Strict >= 0.95, $"strict F1 {withDictionary.Score.F1Strict:F4} below 0.95");
        Assert.True(withDictionary.Score.F1Strict > without.Score.F1Strict, $"with {withDictionary.Score.F1Strict:F4}, without {without.Score.F1Strict:F4}");
    }

    private void Print(string title, DevSetAlignment result)
    {
        output.WriteLine($"NTREX dev, {result.Documents.Count} documents aligned one by one, counts summed ({title}): {result.Score}");
        foreach (var shape in result.Shapes) output.WriteLine("  " + shape);
        foreach (var document in result.Documents)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {document.Name}: {document.Gold.Count,3} gold beads, strict F1 {document.Score.F1Strict:F3}, lax F1 {document.Score.F1Lax:F3}"));
        }
    }

    private static double Accuracy(IReadOnlyCollection<(double Confidence, bool Right)> beads) =>
        beads.Count == 0 ? 0 : (double)beads.Count(bead => bead.Right) / beads.Count;
}

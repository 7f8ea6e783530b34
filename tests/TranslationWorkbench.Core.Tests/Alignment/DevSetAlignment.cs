using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

/// <summary>The NTREX alignment dev set (TestData/ntrex128-alignment-dev): its documents, aligned and scored one by one.</summary>
internal sealed record DevSetAlignment(IReadOnlyList<DevSetAlignment.Document> Documents)
{
    public static IReadOnlyList<(string Name, string[] Arabic, string[] English, IReadOnlyList<Bead> Gold)> Read() =>
        Directory.GetFiles(TestData.Path("ntrex128-alignment-dev", "docs"), "*.gold")
            .Order(StringComparer.Ordinal)
            .Select(gold => gold[..^".gold".Length])
            .Select(stem => (Path.GetFileName(stem), File.ReadAllLines(stem + ".ar"), File.ReadAllLines(stem + ".en"), BeadFormat.Read(stem + ".gold")))
            .ToList();

    /// <summary>Aligns each document on its own; the counts add up as score.py adds up several files.</summary>
    public static DevSetAlignment Align(SentenceAligner aligner) => new(Read()
        .Select(document =>
        {
            var beads = aligner.Align(AlignmentSentence.FromLines(document.Arabic), AlignmentSentence.FromLines(document.English));
            return new Document(document.Name, document.Gold, beads);
        })
        .ToList());

    public AlignmentScore Score => Documents.Aggregate(AlignmentScore.Zero, (total, document) => total.Add(document.Score));

    public IReadOnlyList<BeadTypeScore> Shapes => BeadTypeScore.Sum(Documents.Select(document => BeadTypeScore.Compute(document.Gold, document.Predicted)));

    /// <summary>Every predicted bead with its confidence and whether a gold bead is identical to it.</summary>
    public IReadOnlyList<(double Confidence, bool Right)> Confidences => Documents
        .SelectMany(document => document.Predicted.Select(bead => (bead.Confidence, document.Gold.Any(gold => gold.SameSentences(bead)))))
        .ToList();

    public sealed record Document(string Name, IReadOnlyList<Bead> Gold, IReadOnlyList<Bead> Predicted)
    {
        public AlignmentScore Score => AlignmentScore.Compute(Gold, Predicted);
    }
}

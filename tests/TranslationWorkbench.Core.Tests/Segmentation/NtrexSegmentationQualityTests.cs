using TranslationWorkbench.Core.Segmentation;
using Xunit.Abstractions;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>
/// Sentence-boundary quality on NTREX-128 laid out as pages: each document's sentences joined by one space, a
/// sentence without final punctuation (a headline) ending its line. Boundaries are scored against the original
/// one-sentence-per-line files.
/// </summary>
public sealed class NtrexSegmentationQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("ar", "ntrex128.arb.txt")]
    [InlineData("en", "ntrex128.eng.txt")]
    public void Split_NtrexDocumentsLaidOutAsPages_ReachesF1OfPoint99(string language, string file)
    {
        var sentences = TestData.Lines("ntrex128", file);
        var documents = NtrexDocuments.Split(sentences, TestData.Lines("ntrex128", "DOCUMENT_IDS.tsv"));
        var segmenter = Segmenter.For(language);
        var score = new BoundaryScore();
        var errors = new List<string>();

        foreach (var document in documents)
        {
            var page = PageLayout.Of(document);
            var predicted = segmenter.Split(page.Text).Select(segment => segment.End).SkipLast(1).ToHashSet();
            score.Add(predicted, page.SentenceEnds);
            errors.AddRange(page.Describe(predicted).Take(3));
        }

        output.WriteLine($"NTREX {language}: {documents.Count} documents, {sentences.Length} sentences: {score}");
        foreach (var error in errors.Take(40)) output.WriteLine(error);
        Assert.True(score.F1 >= 0.99, $"F1 {score.F1:F4} below 0.99 ({score})");
    }
}

using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>The bundled sample (tm/sample/): the segmenter must cut it as the hand-made sentence files do.</summary>
public sealed class SeedInterviewSegmentationTests
{
    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void Split_SeedInterview_GivesTheProfessionalCut(string language)
    {
        var text = File.ReadAllText(SampleFile($"rudaw-2020-02-07-caggins-interview.{language}.txt"));
        var expected = File.ReadAllLines(SampleFile($"rudaw-2020-02-07-caggins-interview.{language}.sentences"));

        var segments = Segmenter.For(language).Split(text).Select(segment => segment.Text).ToList();

        Assert.Equal(expected, segments);
    }

    [Fact]
    public void Split_SeedInterview_KeepsSpeakerLabelsWithTheirSentence()
    {
        var text = File.ReadAllText(SampleFile("rudaw-2020-02-07-caggins-interview.ar.txt"));

        var segments = Segmenter.For("ar").Split(text);

        Assert.DoesNotContain(segments, segment => segment.Text is "رووداو:" or "كاكينز:");
        // 12 questions and 12 answers, each opening with its speaker's label
        Assert.Equal(12, segments.Count(segment => segment.Text.StartsWith("رووداو: ", StringComparison.Ordinal)));
        Assert.Equal(12, segments.Count(segment => segment.Text.Contains("كاكينز: ", StringComparison.Ordinal)));
    }

    internal static string SampleFile(string name) => TestData.Path("sample", name);
}

using System.Globalization;
using TranslationWorkbench.Core.Alignment;
using Xunit.Abstractions;

namespace TranslationWorkbench.Core.Tests.Alignment;

/// <summary>
/// Whether two texts look like a text and its translation, on the NTREX dev set (TestData/ntrex128-alignment-dev)
/// and the bundled interview: right pairs and pairs of unrelated texts of similar length.
/// </summary>
public sealed class TranslationEvidenceTests(ITestOutputHelper output)
{
    private const string Interview = "rudaw-2020-02-07-caggins-interview";

    [Fact]
    public void Of_ANewsArticleAndItsTranslation_LooksLikeATranslation()
    {
        var evidence = Evidence(Lines("000.ar"), Lines("000.en"));

        Assert.True(evidence.LooksLikeTranslation);
        Assert.Equal((11, 4, 3, 3, 0), (evidence.Pairs, evidence.PairsSharing, evidence.SharedOnce, evidence.SharedOnceInPairs, evidence.UnpairedSource));
    }

    [Fact]
    public void Of_AnArticleAgainstAnotherArticlesTranslation_IsObjectedTo_NamingTheEvidence()
    {
        // Given the Welsh Assembly article (document 0) and the Macedonian referendum's English (document 1): the
        // files a new translator mixed up
        var evidence = Evidence(Lines("000.ar"), Lines("001.en"));

        Assert.False(evidence.LooksLikeTranslation);
        Assert.True(evidence.FewPairsShare);
        Assert.Equal(
            "welsh.ar.txt and macedonia.en.txt do not look like a text and its translation: none of the 5 sentence pairs shares a number or a name, and 3 of 15 Arabic sentences have no counterpart",
            evidence.Objection("welsh.ar.txt", "macedonia.en.txt"));
    }

    [Fact]
    public void Of_TheInterview_LooksLikeATranslation()
    {
        var evidence = Evidence(Sample(Interview + ".ar.txt"), Sample(Interview + ".en.txt"), presegmented: false);

        Assert.True(evidence.LooksLikeTranslation);
        Assert.Equal(
            "27 of 38 sentence pairs share a number or a name; 16 of the 18 numbers and names in a single sentence of each text are in the same sentence pair",
            evidence.Summary());
    }

    [Fact]
    public void Of_TheInterviewAgainstNewsOfItsLength_TheNamesItSharesAreNotInPlace()
    {
        // Given the interview's Arabic and, as its "translation", NTREX articles laid out as pages up to the length of
        // its English: over 30 sentence pairs some share a name by chance (ISIS, Iraq, the US), but not the ones in place
        var english = Sample(Interview + ".en.txt");
        var pages = new List<string>();
        for (var document = 0; pages.Sum(page => page.Length) < english.Length; document++) pages.Add(string.Join(' ', Lines($"{document:000}.en")));

        var evidence = Evidence(Sample(Interview + ".ar.txt"), string.Join("\n\n", pages), presegmented: false);

        Assert.False(evidence.LooksLikeTranslation);
        Assert.False(evidence.FewPairsShare);
        Assert.True(evidence.SharedOnceApart);
        Assert.EndsWith(
            "do not look like a text and its translation: 0 of the 4 numbers and names in a single sentence of each text are in the same sentence pair, and 3 of 45 Arabic sentences have no counterpart",
            evidence.Objection("a", "b"));
    }

    [Fact]
    public void Of_FewerThanFivePairs_IsNotJudged()
    {
        // three sentences of one article against three of another share nothing, and too little to tell
        var evidence = Evidence(Lines("000.ar").Take(3), Lines("001.en").Take(3));

        Assert.Equal(0, evidence.PairsSharing);
        Assert.True(evidence.Pairs < 5);
        Assert.True(evidence.LooksLikeTranslation);
    }

    [Fact]
    public void Of_TheDevSet_PassesEveryRightPair_AndObjectsToMostWrongOnesOfSimilarLength()
    {
        var documents = DevSetAlignment.Read();
        var right = documents.Select(document => (document.Name, Evidence: Evidence(document.Arabic, document.English))).ToList();
        int lengthRefused = 0, objected = 0;
        foreach (var (arabic, i) in documents.Select((document, i) => (document.Arabic, i)))
        {
            try
            {
                if (!Evidence(arabic, documents[(i + 7) % documents.Count].English).LooksLikeTranslation) objected++;
            }
            catch (InvalidInputException)
            {
                lengthRefused++;
            }
        }

        var lowest = right.MinBy(pair => (double)pair.Evidence.PairsSharing / pair.Evidence.Pairs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"right pairs: {right.Count(pair => pair.Evidence.LooksLikeTranslation)} of {right.Count} look like translations; fewest sharing: {lowest.Name}, {lowest.Evidence.Summary()}"));
        output.WriteLine($"document i against i+7: {lengthRefused} refused by the length check, {objected} of the other {documents.Count - lengthRefused} objected to");
        Assert.All(right, pair => Assert.True(pair.Evidence.LooksLikeTranslation, $"{pair.Name}: {pair.Evidence.Summary()}"));
        // measured: 20 and 63
        Assert.True(lengthRefused + objected >= 80, $"only {lengthRefused} + {objected} of {documents.Count} wrong pairs caught");
    }

    private static TranslationEvidence Evidence(IEnumerable<string> arabic, IEnumerable<string> english) =>
        Evidence(string.Join('\n', arabic), string.Join('\n', english), presegmented: true);

    private static TranslationEvidence Evidence(string arabic, string english, bool presegmented) =>
        TranslationEvidence.Of(AlignedDocument.Align(arabic, english, "ar", "en", presegmented));

    private static string[] Lines(string name) => TestData.Lines("ntrex128-alignment-dev", "docs", name);

    private static string Sample(string name) => File.ReadAllText(TestData.Path("sample", name));
}

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
    public void Of_TheInterview_LooksLikeATranslation()
    {
        var evidence = Evidence(Sample(Interview + ".ar.txt"), Sample(Interview + ".en.txt"), presegmented: false);

        Assert.True(evidence.LooksLikeTranslation);
        Assert.Equal(
            "27 of 38 sentence pairs share a number or a name; 16 of the 18 numbers and names in a single sentence of each text are in the same sentence pair",
            evidence.Summary());
    }

    [Theory]
    // the Welsh Assembly article (document 0) and the Macedonian referendum's English (document 1): the files a new
    // translator mixed up; nothing is shared
    [InlineData("article", true, false,
        "welsh.ar.txt and macedonia.en.txt do not look like a text and its translation: none of the 5 sentence pairs shares a number or a name, and 3 of 15 Arabic sentences have no counterpart")]
    // the interview's Arabic and NTREX articles laid out as pages up to the length of its English: over 30 sentence
    // pairs some share a name by chance (ISIS, Iraq, the US), but not the ones in place
    [InlineData("interview", false, true,
        "interview.ar.txt and news.en.txt do not look like a text and its translation: 0 of the 4 numbers and names in a single sentence of each text are in the same sentence pair, and 3 of 45 Arabic sentences have no counterpart")]
    public void Of_UnrelatedTextsOfSimilarLength_AreObjectedTo_NamingTheEvidence(string pair, bool fewPairsShare, bool sharedOnceApart, string objection)
    {
        var (evidence, names) = pair == "article"
            ? (Evidence(Lines("000.ar"), Lines("001.en")), ("welsh.ar.txt", "macedonia.en.txt"))
            : (Evidence(Sample(Interview + ".ar.txt"), News(Sample(Interview + ".en.txt").Length), presegmented: false), ("interview.ar.txt", "news.en.txt"));

        Assert.False(evidence.LooksLikeTranslation);
        Assert.Equal((fewPairsShare, sharedOnceApart), (evidence.FewPairsShare, evidence.SharedOnceApart));
        Assert.Equal(objection, evidence.Objection(names.Item1, names.Item2));
    }

    [Fact]
    public void Of_ATextWithNoNumbersOrNames_AndItsTranslation_IsNotObjectedTo()
    {
        // found in review: seven plain sentences and their translation shared no number or name, having none
        string[] arabic =
        [
            "كان الصباح هادئا في القرية.", "خرج الناس إلى الحقول مبكرا.", "غنت الطيور فوق الأشجار العالية.", "حمل الأطفال كتبهم إلى المدرسة.",
            "جلس الشيوخ أمام البيوت يتحدثون.", "مرت الغيوم ببطء فوق التلال.", "وعاد الجميع إلى بيوتهم في المساء.",
        ];
        string[] english =
        [
            "The morning was quiet in the village.", "People went out to the fields early.", "Birds sang above the tall trees.", "The children carried their books to school.",
            "The elders sat in front of the houses talking.", "Clouds passed slowly over the hills.", "And everyone went back home in the evening.",
        ];

        var evidence = Evidence(arabic, english);

        Assert.Equal((7, 0, 0, 0), (evidence.Pairs, evidence.PairsSharing, evidence.SourceWithEvidence, evidence.TargetWithEvidence));
        // the aligner's concepts take "People", "Birds" and "Clouds" for possible names; the check does not
        Assert.False(evidence.FewPairsShare);
        Assert.True(evidence.LooksLikeTranslation);
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

    // NTREX articles from the first on, each laid out as a page (its sentences joined by spaces), up to a length
    private static string News(int length)
    {
        var pages = new List<string>();
        for (var document = 0; pages.Sum(page => page.Length) < length; document++) pages.Add(string.Join(' ', Lines($"{document:000}.en")));
        return string.Join("\n\n", pages);
    }

    private static string[] Lines(string name) => TestData.Lines("ntrex128-alignment-dev", "docs", name);

    private static string Sample(string name) => File.ReadAllText(TestData.Path("sample", name));
}

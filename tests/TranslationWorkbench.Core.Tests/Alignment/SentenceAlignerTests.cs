using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class SentenceAlignerTests
{
    private static readonly SentenceAligner Aligner = new();

    [Theory]
    [InlineData(0, 3, "Nothing to align: the Arabic side has no sentences (the English side has 3).")]
    [InlineData(3, 0, "Nothing to align: the English side has no sentences (the Arabic side has 3).")]
    [InlineData(0, 0, "Nothing to align: both the Arabic and the English side have no sentences.")]
    [InlineData(10, 500, "Cannot align 10 Arabic sentences with 500 English sentences: even beads of 5 sentences to 1 cannot cover the difference; are these two versions of the same text?")]
    [InlineData(61, 12, "Cannot align 61 Arabic sentences with 12 English sentences: even beads of 5 sentences to 1 cannot cover the difference; are these two versions of the same text?")]
    public void Align_EmptyOrFarApartSentenceCounts_ThrowsInvalidInput(int arabic, int english, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => Aligner.Align(Sentences(arabic, "جملة عربية قصيرة."), Sentences(english, "A short English sentence.")));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Align_EnglishNineTimesLongerThanItsArabic_ThrowsInvalidInput()
    {
        // Given 20 Arabic sentences of 100 characters and 20 English ones of 1,000
        var arabic = Sentences(20, new string('ب', 100));
        var english = Sentences(20, new string('e', 1000));

        var error = Assert.Throws<InvalidInputException>(() => Aligner.Align(arabic, english));

        Assert.Equal("Cannot align: the English side is 9.35 times as long as expected from the Arabic (20000 characters for 2000 Arabic ones; a translation is about 1.07 times as long); are these two versions of the same text?", error.Message);
    }

    [Fact]
    public void Align_ParagraphBreaks_DecideBetweenEqualLengthSplits()
    {
        // Given three Arabic sentences of 100 characters and two English ones of 160: joining the first two
        // Arabic sentences or the last two fits the lengths exactly as well, and no word is shared.
        string[] arabic = [Filler("سماء", 100), Filler("بحر", 100), Filler("جبل", 100)];
        string[] english = [Filler("cloud", 160), Filler("river", 160)];

        // When the paragraphs put the break after the first Arabic sentence, and then after the second
        var breakAfterFirst = Aligner.Align(WithParagraphs(arabic, 0, 1, 1), WithParagraphs(english, 0, 1));
        var breakAfterSecond = Aligner.Align(WithParagraphs(arabic, 0, 0, 1), WithParagraphs(english, 0, 1));

        // Then each alignment follows its paragraphs
        Assert.Equal(["[0]:[0]", "[1,2]:[1]"], breakAfterFirst.Select(BeadFormat.Format));
        Assert.Equal(["[0,1]:[0]", "[2]:[1]"], breakAfterSecond.Select(BeadFormat.Format));
    }

    [Theory]
    [InlineData(1, "[0]:[0] [1,2]:[1]")]
    [InlineData(0, "[0,1]:[0] [2]:[1]")]
    public void Align_SharedNumber_DecidesBetweenEqualLengthSplits(int englishWithNumber, string expected)
    {
        // Given the same tie as above, one paragraph each side, and the year 1848 in the middle Arabic sentence
        // (in Arabic-Indic digits), the one that either split may join to either English sentence, and in one of
        // the English sentences
        string[] arabic = [Filler("سماء", 100), Filler("بحر", 100), Filler("جبل", 100)];
        arabic[1] = "عام ١٨٤٨ " + arabic[1][9..];
        string[] english = [Filler("cloud", 160), Filler("river", 160)];
        english[englishWithNumber] = "in 1848 " + english[englishWithNumber][8..];

        var beads = Aligner.Align(AlignmentSentence.FromLines(arabic), AlignmentSentence.FromLines(english));

        // Then the middle Arabic sentence goes with the English sentence that has the number
        Assert.Equal(expected, string.Join(' ', beads.Select(BeadFormat.Format)));
    }

    [Fact]
    public void Align_ManyRandomDocuments_BeadsCoverEachSentenceOnceInOrder()
    {
        // Given 300 documents cut from NTREX at random, with sentences merged, dropped and split into paragraphs
        // at random (seeded), and now and then an empty or punctuation-only sentence
        var arabicLines = TestData.Lines("ntrex128", "ntrex128.arb.txt");
        var englishLines = TestData.Lines("ntrex128", "ntrex128.eng.txt");
        var random = new Random(20240607);
        for (var document = 0; document < 300; document++)
        {
            var (arabic, english) = RandomDocument(arabicLines, englishLines, random);

            var beads = Aligner.Align(arabic, english);

            // Then the beads take every sentence of each side exactly once, in order, with a confidence in [0, 1]
            Assert.Equal(Enumerable.Range(0, arabic.Count), beads.SelectMany(bead => bead.Source));
            Assert.Equal(Enumerable.Range(0, english.Count), beads.SelectMany(bead => bead.Target));
            Assert.All(beads, bead => Assert.InRange(bead.Confidence, 0, 1));
            Assert.All(beads, bead => Assert.True(bead.Source.Count + bead.Target.Count > 0));
        }
    }

    private static (List<AlignmentSentence> Arabic, List<AlignmentSentence> English) RandomDocument(string[] arabicLines, string[] englishLines, Random random)
    {
        var length = random.Next(1, 40);
        var start = random.Next(arabicLines.Length - length);
        var arabic = new List<AlignmentSentence>();
        var english = new List<AlignmentSentence>();
        var paragraph = 0;
        for (var k = start; k < start + length; k++)
        {
            if (random.NextDouble() < 0.15) paragraph++;
            var draw = random.NextDouble();
            if (draw < 0.1 && k + 1 < start + length)
            {
                arabic.Add(new(arabicLines[k], paragraph));
                arabic.Add(new(arabicLines[k + 1], paragraph));
                english.Add(new(englishLines[k] + " " + englishLines[++k], paragraph));
            }
            else if (draw < 0.15) english.Add(new(englishLines[k], paragraph));
            else if (draw < 0.2) arabic.Add(new(arabicLines[k], paragraph));
            else if (draw < 0.23)
            {
                arabic.Add(new(random.Next(2) == 0 ? "" : "…", paragraph));
                english.Add(new(englishLines[k], paragraph));
            }
            else
            {
                arabic.Add(new(arabicLines[k], paragraph));
                english.Add(new(englishLines[k], paragraph));
            }
        }
        if (arabic.Count == 0) arabic.Add(new(arabicLines[start], 0));
        if (english.Count == 0) english.Add(new(englishLines[start], 0));
        return (arabic, english);
    }

    private static List<AlignmentSentence> Sentences(int count, string text) => Enumerable.Repeat(new AlignmentSentence(text, 0), count).ToList();

    private static List<AlignmentSentence> WithParagraphs(string[] texts, params int[] paragraphs) =>
        texts.Select((text, i) => new AlignmentSentence(text, paragraphs[i])).ToList();

    // A sentence of exactly `length` characters repeating one word.
    private static string Filler(string word, int length)
    {
        var text = string.Join(' ', Enumerable.Repeat(word, length / (word.Length + 1) + 1));
        return text[..(length - 1)] + ".";
    }
}

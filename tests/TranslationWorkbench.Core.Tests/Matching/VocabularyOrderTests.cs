using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>The index writer orders its vocabulary by sorting numbers; the orders must be those of comparing the texts.</summary>
public sealed class VocabularyOrderTests
{
    // Texts that share their first four characters (only a whole comparison tells them apart), prefixes of each other,
    // characters above U+8000 (ordinal order is unsigned) and a U+0000 (the key's padding).
    private static readonly string[] Awkward =
    [
        "الاستقلال", "الاستقلالية", "الاستثمار", "الا", "ال", "ا", "abcd", "abcde", "abcc", "abc", "ab\0", "ab", "ab\0c",
        "\uffff", "\u8000a", "\u7fffz", "ﻻ", "2020", "٢٠٢٠", "؟", ".", "",
    ];

    [Fact]
    public void ByText_IsTheOrdinalOrderOfTheTexts()
    {
        var random = new Random(7);
        var texts = Awkward.Concat(Enumerable.Range(0, 5000).Select(_ => RandomText(random))).Distinct().ToArray();
        var vocabulary = Vocabulary(texts);

        var byText = VocabularyOrder.ByText(vocabulary).Select(id => vocabulary.Text(id).ToString()).ToArray();

        Assert.Equal(texts.Order(StringComparer.Ordinal), byText);
    }

    [Fact]
    public void ByFrequency_FallsAndBreaksTiesByText()
    {
        var random = new Random(11);
        var texts = Awkward.Concat(Enumerable.Range(0, 3000).Select(_ => RandomText(random))).Distinct().ToArray();
        var vocabulary = Vocabulary(texts);
        // few distinct frequencies, so that most tokens tie
        var frequency = texts.Select(_ => random.Next(5)).ToArray();

        var byFrequency = VocabularyOrder.ByFrequency(frequency, VocabularyOrder.ByText(vocabulary));

        var expected = Enumerable.Range(0, texts.Length)
            .OrderByDescending(id => frequency[id])
            .ThenBy(id => texts[id], StringComparer.Ordinal);
        Assert.Equal(expected, byFrequency);
    }

    private static TokenTable Vocabulary(string[] texts)
    {
        var vocabulary = new TokenTable();
        foreach (var text in texts) vocabulary.Intern(text);
        return vocabulary;
    }

    // short texts over a small alphabet, so that many share their first characters
    private static string RandomText(Random random)
    {
        const string Alphabet = "ابتال\u0000\uffffaz";
        return new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
    }
}

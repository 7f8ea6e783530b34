using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class BilingualLexiconTests
{
    private static readonly BilingualLexicon Lexicon = new(
    [
        new("كتاب", "book"),
        new("كتاب", "a written work"),
        new("التكفير", "atonement"),
        new("هاجم", "to attack"),
        new("على قمة", "atop"),
        new("مدرسة", "Schools"),
    ]);

    [Theory]
    [InlineData("كتاب", "book written work")]
    // clitics and suffixes are cut to find the headword
    [InlineData("والكتاب", "book written work")]
    [InlineData("كتابها", "book written work")]
    // a headword listed with its article is found from the bare word (through its stem)
    [InlineData("تكفير", "atonement")]
    [InlineData("وبالتكفير", "atonement")]
    // English is folded: "to" and "a" dropped, plurals and a final e cut ("Schools" and "school" meet as "school")
    [InlineData("هاجم", "attack")]
    [InlineData("المدرسة", "school")]
    [InlineData("سيارة", "")]
    public void Translate_Word_FindsHeadwordThroughClitics(string word, string expected)
    {
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), Lexicon.Translate(word));
    }

    [Fact]
    public void Headwords_MultiWordArabicEntries_AreLeftOut()
    {
        // "على قمة" cannot match a single token; the other five entries name four headwords (كتاب twice)
        Assert.Equal(4, Lexicon.Headwords);
        Assert.Empty(Lexicon.Translate("على"));
    }
}

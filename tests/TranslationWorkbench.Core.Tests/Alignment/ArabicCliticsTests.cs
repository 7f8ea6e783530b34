using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class ArabicCliticsTests
{
    [Theory]
    // article, and conjunction/preposition + article (و ف ب ك + ال, ل + ال written لل)
    [InlineData("الكتاب", "الكتاب كتاب")]
    [InlineData("والكتاب", "والكتاب الكتاب كتاب")]
    [InlineData("فالأمر", "فالامر الامر امر")]
    [InlineData("كالبحر", "كالبحر البحر بحر")]
    [InlineData("للوزير", "للوزير لوزير وزير")]
    // suffixes: ة (folded to ه), ات, ون, ين, ها, هم
    [InlineData("بالمدينة", "بالمدينه المدينه بالمدين المدين مدينه مدين")]
    [InlineData("المعلمون", "المعلمون معلمون المعلم معلم")]
    [InlineData("كتابها", "كتابها تابها كتاب تاب")]
    // too short to cut: بين is not ب + ين, كان is not ك + ان
    [InlineData("بين", "بين")]
    [InlineData("كان", "كان")]
    public void Candidates_Word_ListsCutsWordFirstThenByLengthCut(string word, string expected)
    {
        Assert.Equal(expected.Split(' '), ArabicClitics.Candidates(word));
    }

    [Theory]
    [InlineData("والكتاب", "كتاب")]
    [InlineData("الكتاب", "كتاب")]
    [InlineData("كتابها", "كتاب")]
    [InlineData("المعلمين", "معلم")]
    [InlineData("والمعلمات", "معلم")]
    [InlineData("فقال", "فقال")]
    [InlineData("لبنان", "لبنان")]
    [InlineData("وسيارات", "سيار")]
    [InlineData("الجمعيّة", "جمعي")]
    public void Stem_Word_CutsArticleOrLoneWawAndOneSuffix(string word, string expected)
    {
        Assert.Equal(expected, ArabicClitics.Stem(word));
    }
}

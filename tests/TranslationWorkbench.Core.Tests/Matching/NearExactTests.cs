using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

public sealed class NearExactTests
{
    [Theory]
    [InlineData("إلى العراق", "الى العراق", "letter forms")]
    [InlineData("المدرسة", "المدرسه", "letter forms")]
    [InlineData("سُئل جيمس", "سئل جيمس", "diacritics")]
    [InlineData("العـــراق", "العراق", "tatweel")]
    [InlineData("عام ١٨٦٥", "عام 1865", "digit shapes")]
    [InlineData("The Coalition", "the coalition", "case")]
    [InlineData("\u200Fرووداو", "رووداو", "invisible characters")]
    [InlineData("سبعة  أشخاص", "سبعة\u00A0أشخاص", "spacing")]
    [InlineData("أُرسلت إلى ١٠ دول", "ارسلت الى 10 دول", "diacritics|letter forms|digit shapes")]
    public void Differences_NameEachKindOnce(string text, string other, string expected)
    {
        Assert.Equal(expected.Split('|'), NearExact.Differences(text, other));
    }

    [Theory]
    [InlineData(1, 99)]
    [InlineData(3, 97)]
    [InlineData(7, 95)]
    public void Score_IsAHundredLessOnePerKind_NeverBelowNinetyFive(int kinds, int expected)
    {
        Assert.Equal(expected, NearExact.Score(kinds));
    }

    [Theory]
    [InlineData("في 15 يناير 2020، أبلغت ووهان", "في ١٦ يناير ٢٠٢٠، أبلغت ووهان", "digit shapes")]       // 15 → ١٦ is a change: not counted
    [InlineData("لافتاً إلى حدوث تغيير", "لافتا الى حدوث تغيير كبير", "diacritics|letter forms")]
    [InlineData("قتل سبعة أشخاص", "قتل تسعة أشخاص", "")]                                               // another word only
    public void InRespelledWords_NamesWhatTheSameWordsSpeltOtherwiseDiffer_AndNothingElse(string old, string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), NearExact.InRespelledWords(WordDiff.Between(old, text)));
    }

    [Fact]
    public void InRespelledWords_WhiteSpaceAlone_IsNoWord()
    {
        Assert.Empty(NearExact.InRespelledWords([new DiffOperation(DiffKind.Delete, "  "), new DiffOperation(DiffKind.Insert, " ")]));
    }
}

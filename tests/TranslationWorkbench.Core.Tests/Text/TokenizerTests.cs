using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("أكد المتحدث باسم التحالف الدولي ضد داعش، مايلز كاكينز", "أكد|المتحدث|باسم|التحالف|الدولي|ضد|داعش|،|مايلز|كاكينز")]
    [InlineData("رووداو: هل استأنف التحالف مهامه؟", "رووداو|:|هل|استأنف|التحالف|مهامه|؟")]
    [InlineData("أولاً؛ ليس هنالك", "أولاً|؛|ليس|هنالك")]
    [InlineData("حتى 3.5 مليون و10,000 معتقل و٣٫٥", "حتى|3.5|مليون|و|10,000|معتقل|و|٣٫٥")]
    [InlineData("طائراتF16 ، ومع", "طائرات|F16|،|ومع")]
    [InlineData("عام 2020م.", "عام|2020|م|.")]
    [InlineData("The U.S.-led coalition's \"Will of Victory\"", "The|U|.|S|.|-|led|coalition's|\"|Will|of|Victory|\"")]
    [InlineData("العـــراق سُئل", "العـــراق|سُئل")]
    [InlineData("\u200Fرووداو\u200F - أربيل", "رووداو|-|أربيل")]
    [InlineData("COVID-19 (SARS-CoV-2)", "COVID|-|19|(|SARS|-|CoV|-|2|)")]
    public void Words_CutsWordsNumbersAndEachPunctuationMark(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokenizer.Words(text));
    }

    [Fact]
    public void Tokenize_MarksNumbersAndPunctuation()
    {
        var kinds = Tokenizer.Tokenize("في 2014، جئنا").Select(token => token.Kind);

        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Word], kinds);
    }

    [Theory]
    [InlineData("وأضاف أن \" تنظيم  داعش يشكل في كركوك وحمرين وديالى مخاوفاً للأهالي\"")]
    [InlineData("سُئل جيمس عن خططه لـ \"جدول المباريات الست لفريق ليكرز\".")]
    [InlineData("مات لنكولن في عام ١٨٦٥ للميلاد.")]
    [InlineData("\u202Bداعش\u202C The ISIS-K cell’s leader")]
    public void Tokenize_ThenFold_EqualsTokenizingTheMatchKey(string text)
    {
        var folded = Tokenizer.Words(text).Select(MatchKey.Of);

        Assert.Equal(Tokenizer.Words(MatchKey.Of(text)), folded);
    }
}

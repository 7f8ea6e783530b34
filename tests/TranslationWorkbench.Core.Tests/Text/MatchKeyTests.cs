using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Text;

public sealed class MatchKeyTests
{
    [Theory]
    // hamza seats and alef variants (Tatoeba, NTREX)
    [InlineData("أنا في طريقي إلی المنزل", "انا في طريقي الي المنزل")]
    [InlineData("إلى القاع", "الي القاع")]
    [InlineData("آخر", "اخر")]
    [InlineData("ٱلله", "الله")]
    // alef maqsura and ta marbuta
    [InlineData("للثكالى من النساء", "للثكالي من النساء")]
    [InlineData("الجمعية الوطنية", "الجمعيه الوطنيه")]
    // Persian yeh and keheh typed on a Persian keyboard (Tatoeba: "أجبني علی سؤالي.")
    [InlineData("أجبني علی سؤالي.", "اجبني علي سؤالي.")]
    [InlineData("کتاب", "كتاب")]
    // tatweel, harakat and superscript alef
    [InlineData("سُئل جيمس عن خططه لـ \"جدول\"", "سئل جيمس عن خططه ل \"جدول\"")]
    [InlineData("اِندلعت الحرب", "اندلعت الحرب")]
    [InlineData("تعرّض فريق رينجرز", "تعرض فريق رينجرز")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("العـــــراق", "العراق")]
    // Arabic-Indic and extended digits (Tatoeba: "مات لنكولن في عام ١٨٦٥ للميلاد.")
    [InlineData("مات لنكولن في عام ١٨٦٥ للميلاد.", "مات لنكولن في عام 1865 للميلاد.")]
    [InlineData("۲۰۲۰", "2020")]
    [InlineData("٣٫٥", "3.5")]
    // bidi controls and joiners vanish, every space is one space
    [InlineData("\u200Fرووداو\u200E", "رووداو")]
    [InlineData("\u202Bداعش\u202C \u2067ISIS\u2069", "داعش isis")]
    [InlineData("مي\u200Cخواهم", "ميخواهم")]
    [InlineData("  سبعة\u00A0أشخاص\t\u2003 في  ديالى  ", "سبعه اشخاص في ديالي")]
    // English is case-folded, punctuation kept
    [InlineData("The U.S.-led Coalition", "the u.s.-led coalition")]
    [InlineData("ÉCOLE Française", "école française")]
    public void Of_FoldsWhatMatchingShouldIgnore(string text, string expected)
    {
        Assert.Equal(expected, MatchKey.Of(text));
    }

    [Fact]
    public void Of_DecomposedInput_IsComposedFirst()
    {
        // Given "é" as e + combining acute, and أ as ا + combining hamza above
        var decomposed = "e\u0301 \u0627\u0654";

        // Then the key is the same as for the composed text
        Assert.Equal(MatchKey.Of("é أ"), MatchKey.Of(decomposed));
        Assert.Equal("é ا", MatchKey.Of(decomposed));
    }

    [Theory]
    [InlineData("أكد المتحدث باسم التحالف الدولي ضد داعش، مايلز كاكينز، اليوم الجمعة، 07 شباط، 2020")]
    [InlineData("وقال كاكينز لشبكة رووداو الإعلامية إن \"خلال الأسابيع الماضية نفذ داعش عدداً من الهجمات\"")]
    [InlineData("Col. Myles B. Caggins III, the spokesman, said on Friday.")]
    public void Of_IsIdempotent(string text)
    {
        var once = MatchKey.Of(text);
        Assert.Equal(once, MatchKey.Of(once));
    }

    [Fact]
    public void Of_KeepsWhatMatters_AndLeavesOtherLettersAlone()
    {
        // ؤ and ئ carry the hamza in the word's spelling, not as a variant seat: they stay
        Assert.Equal("مسؤول رئيس", MatchKey.Of("مسؤول رئيس"));
        Assert.NotEqual(MatchKey.Of("سبعة"), MatchKey.Of("تسعة"));
    }

    // The key skips ICU's NFC check for text the table calls composed. Checked here against ICU for every pair of
    // the characters it takes (harakat included, in both orders) and for every letter followed by two harakat.
    [Fact]
    public void TextTheTableCallsComposed_IsNfc_ForEveryPairOfItsCharacters()
    {
        var harakat = Enumerable.Range(0x064B, 8).Select(c => (char)c).ToArray();
        var safe = Enumerable.Range(0, 0x2100).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && MatchKeyTable.IsSurelyComposed(c.ToString()))
            .ToArray();
        Assert.Contains('\u0623', safe);       // أ
        Assert.Contains('\u2019', safe);       // ’
        Assert.DoesNotContain('\u2000', safe); // en quad: NFC makes it an en space
        Assert.DoesNotContain('\u0654', safe); // combining hamza above: composes with ا
        Assert.DoesNotContain('\u0670', safe); // superscript alef: a mark the table leaves to ICU
        Assert.Contains('\u064E', safe);       // fatha, alone or after a letter
        Assert.False(MatchKeyTable.IsSurelyComposed("\u0628\u0651\u064E")); // shadda then fatha: NFC puts fatha first

        var pair = new char[2];
        foreach (var first in safe)
        {
            pair[0] = first;
            foreach (var second in safe)
            {
                pair[1] = second;
                AssertNfcWhereTheTableSaysSo(new string(pair));
            }
        }
        foreach (var letter in safe.Where(c => c is >= '\u0620' and <= '\u064A'))
        {
            foreach (var first in harakat)
            {
                foreach (var second in harakat) AssertNfcWhereTheTableSaysSo(new string([letter, first, second]));
            }
        }
    }

    private static void AssertNfcWhereTheTableSaysSo(string text)
    {
        if (MatchKeyTable.IsSurelyComposed(text) && !text.IsNormalized(System.Text.NormalizationForm.FormC))
            Assert.Fail($"{string.Join(" ", text.Select(c => $"U+{(int)c:X4}"))} is not NFC");
    }

    [Fact]
    public void Into_GivesTheKeyOf_AndGrowsItsBuffer()
    {
        char[] buffer = [];
        var text = "  إلى اللقاء\u064E يا ١٢ صديقي  " + new string('ـ', 300);

        var key = MatchKey.Into(text, ref buffer).ToString();

        Assert.Equal(MatchKey.Of(text), key);
        Assert.True(buffer.Length >= text.Length);
    }
}

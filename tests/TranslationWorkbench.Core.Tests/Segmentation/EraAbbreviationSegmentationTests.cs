using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>A year's era (م. هـ. ق.م.; A.D., B.C.) ends its sentence when the next one starts, and not inside one.</summary>
public sealed class EraAbbreviationSegmentationTests
{
    [Theory]
    [InlineData("ar", "ولد الشاعر عام 1950م. وتوفي عام 2010م.", "ولد الشاعر عام 1950م.|وتوفي عام 2010م.")]
    [InlineData("ar", "توفي سنة 1400 هـ. ودفن في مكة.", "توفي سنة 1400 هـ.|ودفن في مكة.")]
    [InlineData("ar", "توفي سنة 1400ه. ودفن في مكة.", "توفي سنة 1400ه.|ودفن في مكة.")]
    [InlineData("ar", "ولد جدي عام ١٩٢٠م. وعاش في بغداد.", "ولد جدي عام ١٩٢٠م.|وعاش في بغداد.")]
    [InlineData("ar", "تأسست مدرستنا عام ۱۹۹۰م. وما زالت قائمة.", "تأسست مدرستنا عام ۱۹۹۰م.|وما زالت قائمة.")]
    [InlineData("ar", "توفي سنة 40 هـ. ودفن في الكوفة.", "توفي سنة 40 هـ.|ودفن في الكوفة.")]
    [InlineData("ar", "بني المعبد نحو عام 500 ق.م. وما زال قائماً.", "بني المعبد نحو عام 500 ق.م.|وما زال قائماً.")]
    // إلى opens sentences too ("إلى ذلك، …"): only إلى or حتى and a year is a range
    [InlineData("ar", "انتهت الحرب عام 2010م. إلى ذلك، قال الوزير إن السلام صامد.", "انتهت الحرب عام 2010م.|إلى ذلك، قال الوزير إن السلام صامد.")]
    // counter-examples that stay one sentence: no year, p.m. or metres, a range, a number or a bracket next
    [InlineData("ar", "قال د. أحمد إن الوضع مستقر.", "قال د. أحمد إن الوضع مستقر.")]
    [InlineData("ar", "قال م. أحمد إن المشروع اكتمل.", "قال م. أحمد إن المشروع اكتمل.")]
    [InlineData("ar", "تبدأ الجلسة الساعة 7 م. بتوقيت بغداد.", "تبدأ الجلسة الساعة 7 م. بتوقيت بغداد.")]
    [InlineData("ar", "يبلغ ارتفاعه 1.8 م. تقريباً في المتوسط.", "يبلغ ارتفاعه 1.8 م. تقريباً في المتوسط.")]
    [InlineData("ar", "حكم البلاد من عام 1950م. إلى عام 1960م.", "حكم البلاد من عام 1950م. إلى عام 1960م.")]
    [InlineData("ar", "عاش من 1320 هـ. حتى 1400 هـ.", "عاش من 1320 هـ. حتى 1400 هـ.")]
    [InlineData("ar", "عاش بين 1950م. و2010م.", "عاش بين 1950م. و2010م.")]
    [InlineData("ar", "توفي سنة 1400 هـ. (1980م) في مكة.", "توفي سنة 1400 هـ. (1980م) في مكة.")]
    [InlineData("ar", "ولد عام 1950م، وتوفي عام 2010م.", "ولد عام 1950م، وتوفي عام 2010م.")]
    // English: A.D. and B.C. end a sentence before one that plainly starts (the initials rule), not before a lower-case word
    [InlineData("en", "He was born in 1950 A.D. He died in 2010 A.D.", "He was born in 1950 A.D.|He died in 2010 A.D.")]
    [InlineData("en", "The temple was built in 500 B.C. The town grew around it.", "The temple was built in 500 B.C.|The town grew around it.")]
    [InlineData("en", "The temple dates from 500 B.C. and still stands.", "The temple dates from 500 B.C. and still stands.")]
    public void Split_ErasAfterAYearAndTheAbbreviationsThatStay(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For(language).Split(text).Select(segment => segment.Text));
    }
}

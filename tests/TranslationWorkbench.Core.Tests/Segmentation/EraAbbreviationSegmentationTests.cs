using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>A year's era (م. هـ. ق.م.; A.D., B.C.) ends its sentence when the next one starts, and not inside one.</summary>
public sealed class EraAbbreviationSegmentationTests
{
    [Theory]
    [InlineData("ولد الشاعر عام 1950م. وتوفي عام 2010م.", "ولد الشاعر عام 1950م.|وتوفي عام 2010م.")]
    [InlineData("توفي سنة 1400 هـ. ودفن في مكة.", "توفي سنة 1400 هـ.|ودفن في مكة.")]
    [InlineData("توفي سنة 1400ه. ودفن في مكة.", "توفي سنة 1400ه.|ودفن في مكة.")]
    [InlineData("ولد جدي عام ١٩٢٠م. وعاش في بغداد.", "ولد جدي عام ١٩٢٠م.|وعاش في بغداد.")]
    [InlineData("تأسست مدرستنا عام ۱۹۹۰م. وما زالت قائمة.", "تأسست مدرستنا عام ۱۹۹۰م.|وما زالت قائمة.")]
    [InlineData("توفي سنة 40 هـ. ودفن في الكوفة.", "توفي سنة 40 هـ.|ودفن في الكوفة.")]
    [InlineData("بني المعبد نحو عام 500 ق.م. وما زال قائماً.", "بني المعبد نحو عام 500 ق.م.|وما زال قائماً.")]
    // إلى opens sentences too ("إلى ذلك، …"): only إلى or حتى and a year is a range
    [InlineData("انتهت الحرب عام 2010م. إلى ذلك، قال الوزير إن السلام صامد.", "انتهت الحرب عام 2010م.|إلى ذلك، قال الوزير إن السلام صامد.")]
    // counter-examples that stay one sentence: no year, p.m. or metres, a range, a number or a bracket next
    [InlineData("قال د. أحمد إن الوضع مستقر.", "قال د. أحمد إن الوضع مستقر.")]
    [InlineData("قال م. أحمد إن المشروع اكتمل.", "قال م. أحمد إن المشروع اكتمل.")]
    [InlineData("تبدأ الجلسة الساعة 7 م. بتوقيت بغداد.", "تبدأ الجلسة الساعة 7 م. بتوقيت بغداد.")]
    [InlineData("يبلغ ارتفاعه 1.8 م. تقريباً في المتوسط.", "يبلغ ارتفاعه 1.8 م. تقريباً في المتوسط.")]
    [InlineData("حكم البلاد من عام 1950م. إلى عام 1960م.", "حكم البلاد من عام 1950م. إلى عام 1960م.")]
    [InlineData("عاش من 1320 هـ. حتى 1400 هـ.", "عاش من 1320 هـ. حتى 1400 هـ.")]
    [InlineData("عاش بين 1950م. و2010م.", "عاش بين 1950م. و2010م.")]
    [InlineData("توفي سنة 1400 هـ. (1980م) في مكة.", "توفي سنة 1400 هـ. (1980م) في مكة.")]
    [InlineData("ولد عام 1950م، وتوفي عام 2010م.", "ولد عام 1950م، وتوفي عام 2010م.")]
    public void Split_Arabic(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For("ar").Split(text).Select(segment => segment.Text));
    }

    [Theory]
    [InlineData("He was born in 1950 A.D. He died in 2010 A.D.", "He was born in 1950 A.D.|He died in 2010 A.D.")]
    [InlineData("The temple was built in 500 B.C. The town grew around it.", "The temple was built in 500 B.C.|The town grew around it.")]
    [InlineData("The temple dates from 500 B.C. and still stands.", "The temple dates from 500 B.C. and still stands.")]
    public void Split_English(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For("en").Split(text).Select(segment => segment.Text));
    }
}

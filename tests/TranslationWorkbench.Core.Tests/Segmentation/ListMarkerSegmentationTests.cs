using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>A numbered heading or list item keeps its marker: "1. المقدمة" is one segment, not "1." and "المقدمة".</summary>
public sealed class ListMarkerSegmentationTests
{
    [Theory]
    // Western, Arabic-Indic and extended Arabic-Indic digits; numbers of several levels
    [InlineData("1. المقدمة", "1. المقدمة")]
    [InlineData("١. المقدمة", "١. المقدمة")]
    [InlineData("۲. الخلفية", "۲. الخلفية")]
    [InlineData("1.2. نطاق الدراسة", "1.2. نطاق الدراسة")]
    [InlineData("١٢. الخاتمة", "١٢. الخاتمة")]
    // a single Arabic or Latin letter
    [InlineData("أ. الخلفية", "أ. الخلفية")]
    [InlineData("ب. المنهج", "ب. المنهج")]
    [InlineData("a. الخلفية", "a. الخلفية")]
    // ordinal words, with the tanween after or before the alef, without it, without the hamza
    [InlineData("أولاً. الخلفية", "أولاً. الخلفية")]
    [InlineData("ثانياً. المنهج", "ثانياً. المنهج")]
    [InlineData("ثالثًا. النتائج", "ثالثًا. النتائج")]
    [InlineData("رابعا. التوصيات", "رابعا. التوصيات")]
    [InlineData("اولا. الخلفية", "اولا. الخلفية")]
    [InlineData("عاشراً. الملاحق", "عاشراً. الملاحق")]
    // at the start of every line, indented or not; a sentence after the heading is still its own
    [InlineData("المحتويات\n1. المقدمة\n2. الخلفية", "المحتويات|1. المقدمة|2. الخلفية")]
    [InlineData("  2. الخلفية", "2. الخلفية")]
    [InlineData("أولاً. الخلفية\n\nثانياً. المنهج", "أولاً. الخلفية|ثانياً. المنهج")]
    [InlineData("1. المقدمة. تتناول هذه الورقة الحرب.", "1. المقدمة.|تتناول هذه الورقة الحرب.")]
    // counter-examples: a number or an ordinal that ends a sentence inside a line, and a year, still end it
    [InlineData("قال إن الحرب بدأت عام 2014. وقال أيضاً إنها مستمرة.", "قال إن الحرب بدأت عام 2014.|وقال أيضاً إنها مستمرة.")]
    [InlineData("ارتفع عدد الضحايا إلى 12. وقال الوزير إن البحث مستمر.", "ارتفع عدد الضحايا إلى 12.|وقال الوزير إن البحث مستمر.")]
    [InlineData("وصل الوفد أولاً. ثم تبعه الوزير.", "وصل الوفد أولاً.|ثم تبعه الوزير.")]
    [InlineData("2014. عام صعب على الجميع.", "2014.|عام صعب على الجميع.")]
    public void Split_Arabic(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For("ar").Split(text).Select(segment => segment.Text));
    }

    [Theory]
    [InlineData("1. Introduction", "1. Introduction")]
    [InlineData("12. Conclusion", "12. Conclusion")]
    [InlineData("1.2. Scope of the study", "1.2. Scope of the study")]
    [InlineData("a. Background", "a. Background")]
    [InlineData("B. The method", "B. The method")]
    [InlineData("Contents\n1. Introduction\n2. Background", "Contents|1. Introduction|2. Background")]
    [InlineData("\t3. Results", "3. Results")]
    [InlineData("1. Introduction. This paper is about the war.", "1. Introduction.|This paper is about the war.")]
    // counter-examples: a number that ends a sentence inside a line, and a year, still end it
    [InlineData("The war began in 2014. The talks failed.", "The war began in 2014.|The talks failed.")]
    [InlineData("The death toll rose to 12. Rescuers kept digging.", "The death toll rose to 12.|Rescuers kept digging.")]
    [InlineData("2014. The year it all began.", "2014.|The year it all began.")]
    public void Split_English(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For("en").Split(text).Select(segment => segment.Text));
    }
}

using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>A numbered heading or list item keeps its marker: "1. المقدمة" is one segment, not "1." and "المقدمة".</summary>
public sealed class ListMarkerSegmentationTests
{
    [Theory]
    // Western, Arabic-Indic and extended Arabic-Indic digits; numbers of several levels
    [InlineData("ar", "1. المقدمة", "1. المقدمة")]
    [InlineData("ar", "١. المقدمة", "١. المقدمة")]
    [InlineData("ar", "۲. الخلفية", "۲. الخلفية")]
    [InlineData("ar", "1.2. نطاق الدراسة", "1.2. نطاق الدراسة")]
    [InlineData("ar", "١٢. الخاتمة", "١٢. الخاتمة")]
    // a single Arabic or Latin letter
    [InlineData("ar", "أ. الخلفية", "أ. الخلفية")]
    [InlineData("ar", "ب. المنهج", "ب. المنهج")]
    [InlineData("ar", "a. الخلفية", "a. الخلفية")]
    // ordinal words, with the tanween after or before the alef, without it, without the hamza
    [InlineData("ar", "أولاً. الخلفية", "أولاً. الخلفية")]
    [InlineData("ar", "ثانياً. المنهج", "ثانياً. المنهج")]
    [InlineData("ar", "ثالثًا. النتائج", "ثالثًا. النتائج")]
    [InlineData("ar", "رابعا. التوصيات", "رابعا. التوصيات")]
    [InlineData("ar", "اولا. الخلفية", "اولا. الخلفية")]
    [InlineData("ar", "عاشراً. الملاحق", "عاشراً. الملاحق")]
    // at the start of every line, indented or not; a sentence after the heading is still its own
    [InlineData("ar", "المحتويات\n1. المقدمة\n2. الخلفية", "المحتويات|1. المقدمة|2. الخلفية")]
    [InlineData("ar", "  2. الخلفية", "2. الخلفية")]
    [InlineData("ar", "أولاً. الخلفية\n\nثانياً. المنهج", "أولاً. الخلفية|ثانياً. المنهج")]
    [InlineData("ar", "1. المقدمة. تتناول هذه الورقة الحرب.", "1. المقدمة.|تتناول هذه الورقة الحرب.")]
    // counter-examples: a number or an ordinal that ends a sentence inside a line, and a year, still end it
    [InlineData("ar", "قال إن الحرب بدأت عام 2014. وقال أيضاً إنها مستمرة.", "قال إن الحرب بدأت عام 2014.|وقال أيضاً إنها مستمرة.")]
    [InlineData("ar", "ارتفع عدد الضحايا إلى 12. وقال الوزير إن البحث مستمر.", "ارتفع عدد الضحايا إلى 12.|وقال الوزير إن البحث مستمر.")]
    [InlineData("ar", "وصل الوفد أولاً. ثم تبعه الوزير.", "وصل الوفد أولاً.|ثم تبعه الوزير.")]
    [InlineData("ar", "2014. عام صعب على الجميع.", "2014.|عام صعب على الجميع.")]
    // English: the same markers, the same counter-examples
    [InlineData("en", "1. Introduction", "1. Introduction")]
    [InlineData("en", "12. Conclusion", "12. Conclusion")]
    [InlineData("en", "1.2. Scope of the study", "1.2. Scope of the study")]
    [InlineData("en", "a. Background", "a. Background")]
    [InlineData("en", "B. The method", "B. The method")]
    [InlineData("en", "Contents\n1. Introduction\n2. Background", "Contents|1. Introduction|2. Background")]
    [InlineData("en", "\t3. Results", "3. Results")]
    [InlineData("en", "1. Introduction. This paper is about the war.", "1. Introduction.|This paper is about the war.")]
    // counter-examples: a number that ends a sentence inside a line, and a year, still end it
    [InlineData("en", "The war began in 2014. The talks failed.", "The war began in 2014.|The talks failed.")]
    [InlineData("en", "The death toll rose to 12. Rescuers kept digging.", "The death toll rose to 12.|Rescuers kept digging.")]
    [InlineData("en", "2014. The year it all began.", "2014.|The year it all began.")]
    public void Split_ListMarkersAndTheSentenceEndsAroundThem(string language, string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.For(language).Split(text).Select(segment => segment.Text));
    }
}

using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static readonly Segmenter Arabic = Segmenter.For("ar");
    private static readonly Segmenter English = Segmenter.For("en");

    [Theory]
    [InlineData("هل استأنف التحالف مهامه؟ نعم، استأنفها.", "هل استأنف التحالف مهامه؟|نعم، استأنفها.")]
    [InlineData("قال إن داعش، وهو تنظيم إرهابي، ما زال ينشط؛ لكن التحالف مستمر.", "قال إن داعش، وهو تنظيم إرهابي، ما زال ينشط؛ لكن التحالف مستمر.")]
    [InlineData("مشيراً إلى أنه \"تم استهداف داعش\". وقال كاكينز", "مشيراً إلى أنه \"تم استهداف داعش\".|وقال كاكينز")]
    [InlineData("انتهى الأمر!! ثم بدأ... من جديد", "انتهى الأمر!!|ثم بدأ...|من جديد")]
    [InlineData("قال د. أحمد إن الوضع مستقر.", "قال د. أحمد إن الوضع مستقر.")]
    [InlineData("الكتب والمجلات والصحف إلخ. كلها متوفرة.", "الكتب والمجلات والصحف إلخ. كلها متوفرة.")]
    [InlineData("العنوان ص.ب. 1234 في أربيل.", "العنوان ص.ب. 1234 في أربيل.")]
    [InlineData("في المنطقة.تشمل الخطة ثلاث مراحل.", "في المنطقة.|تشمل الخطة ثلاث مراحل.")]
    [InlineData("بلغت النسبة 3.5 بالمئة.", "بلغت النسبة 3.5 بالمئة.")]
    [InlineData("قال \"هل تريدون رؤية ذلك؟\" ثم غادر.", "قال \"هل تريدون رؤية ذلك؟\"|ثم غادر.")]
    [InlineData("رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟", "رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟")]
    public void Split_Arabic(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Arabic.Split(text).Select(segment => segment.Text));
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones.|They talked.")]
    [InlineData("Col. Myles Caggins and Gen. Pat White spoke.", "Col. Myles Caggins and Gen. Pat White spoke.")]
    [InlineData("The U.S. Army and the U.N. envoy met.", "The U.S. Army and the U.N. envoy met.")]
    [InlineData("Troops left the U.S. The base closed.", "Troops left the U.S.|The base closed.")]
    [InlineData("Some cities, e.g. Erbil, i.e. the capital, grew.", "Some cities, e.g. Erbil, i.e. the capital, grew.")]
    [InlineData("See No. 5 on Jan. 7 at 10.30 with 3.5 tons.", "See No. 5 on Jan. 7 at 10.30 with 3.5 tons.")]
    [InlineData("J. K. Rowling wrote it. It sold well.", "J. K. Rowling wrote it.|It sold well.")]
    [InlineData("He paused... and then went on. Done.", "He paused... and then went on.|Done.")]
    [InlineData("It rained in the region.Other areas were dry.", "It rained in the region.|Other areas were dry.")]
    [InlineData("Visit rudaw.net for more. Thanks!", "Visit rudaw.net for more.|Thanks!")]
    [InlineData("\"Stop!\" he said. \"Why?\" she asked.", "\"Stop!\" he said.|\"Why?\" she asked.")]
    [InlineData("The rally starts at 7 p.m. ET tonight.", "The rally starts at 7 p.m. ET tonight.")]
    [InlineData("Is it over? Yes (for now.) Next one.", "Is it over?|Yes (for now.)|Next one.")]
    public void Split_English(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), English.Split(text).Select(segment => segment.Text));
    }

    [Fact]
    public void Split_LineBreaks_AreHardBoundariesAndBlankLinesEndParagraphs()
    {
        // Given a headline, a date line and two paragraphs, with CRLF and CR-only line ends
        var text = "المتحدث باسم التحالف: داعش ينشط مجدداً\r\n07-02-2020\r\rالفقرة الأولى. جملة ثانية\nسطر آخر\n\n\nالفقرة الثانية.";

        var segments = Arabic.Split(text);

        Assert.Equal(
            ["المتحدث باسم التحالف: داعش ينشط مجدداً", "07-02-2020", "الفقرة الأولى.", "جملة ثانية", "سطر آخر", "الفقرة الثانية."],
            segments.Select(segment => segment.Text));
        Assert.Equal([0, 0, 1, 1, 1, 2], segments.Select(segment => segment.Paragraph));
    }

    [Fact]
    public void Split_TextWithoutBlankLines_HasOneParagraphPerLine()
    {
        var segments = English.Split("First line. Second sentence.\nSecond line.\nThird line.");

        Assert.Equal([0, 0, 1, 2], segments.Select(segment => segment.Paragraph));
    }

    [Theory]
    [InlineData("ar", "  رووداو – أربيل  \n\n أكد المتحدث، اليوم. وأضاف:  \"شيء ما\"؟  \r\n")]
    [InlineData("en", "\u00A0Mr. Smith left.\tHe returned!  Then... nothing.\n")]
    [InlineData("en", "")]
    [InlineData("en", " \n \t ")]
    public void Split_LosesNoText(string language, string text)
    {
        var segments = Segmenter.For(language).Split(text);

        var position = 0;
        foreach (var segment in segments)
        {
            Assert.True(string.IsNullOrWhiteSpace(text[position..segment.Start]), "only white space lies between segments");
            Assert.Equal(segment.Text, text.Substring(segment.Start, segment.Text.Length));
            position = segment.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[position..]));
    }
}

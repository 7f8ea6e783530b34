using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Text;

public sealed class XmlFormatTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header/>", "TMX")]
    [InlineData("\n  <?xml version=\"1.0\"?>\n<!-- exported -->\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">", "TMX")]
    [InlineData("<tmx version=\"1.1\"><header/>", "TMX")]
    [InlineData("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">", "XLIFF")]
    [InlineData("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.xsl\"?><x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:1.2\">", "XLIFF")]
    [InlineData("<?xml version='1.0'?>\n<martif type=\"TBX\" xml:lang=\"en\">", "TBX")]
    [InlineData("<tbx type=\"TBX-Basic\" style=\"dca\">", "TBX")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "XML")]
    [InlineData("<?xml version=\"1.0\"?>", "XML")]
    public void Of_AFileThatBeginsAsXml_IsItsFormat(string text, string format)
    {
        Assert.Equal(format, XmlFormat.Of(text));
    }

    [Theory]
    [InlineData("المتحدث باسم التحالف الدولي لرووداو: داعش ينشط مجدداً")]
    [InlineData("قال <b>المتحدث</b> إن <tmx> ملف.")]
    [InlineData("<b>عنوان</b>\nنص.")]
    [InlineData("<html><body>صفحة</body></html>")]
    [InlineData("")]
    public void Of_PlainText_IsNull_EvenWithATagInIt(string text)
    {
        Assert.Null(XmlFormat.Of(text));
    }
}

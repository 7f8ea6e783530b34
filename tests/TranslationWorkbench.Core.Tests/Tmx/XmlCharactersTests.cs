using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class XmlCharactersTests
{
    [Theory]
    [InlineData("سلام\u0015 عليكم.", "f.txt(1,5): U+0015, a control character, cannot be stored (TMX cannot carry it).")]
    [InlineData("سطر أول.\r\nسطر\u000C ثان.", "f.txt(2,4): U+000C, a control character, cannot be stored (TMX cannot carry it).")]
    [InlineData("\tمرحبا\tHello\u001B[0m\n", "f.txt(1,13): U+001B, a control character, cannot be stored (TMX cannot carry it).")]
    [InlineData("نص\uFFFF", "f.txt(1,3): U+FFFF, a noncharacter, cannot be stored (TMX cannot carry it).")]
    public void Check_ACharacterXmlForbids_IsAnError_NamingItsPlace(string text, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => XmlCharacters.Check(text, "f.txt"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Check_ALoneSurrogate_IsHalfOfAPair()
    {
        // built here: a lone surrogate in an attribute's string does not reach the test as itself
        var text = "نص " + (char)0xD800 + " وحيد";

        var error = Assert.Throws<InvalidInputException>(() => XmlCharacters.Check(text, "f.txt"));

        Assert.Equal("f.txt(1,4): U+D800, half of a surrogate pair, cannot be stored (TMX cannot carry it).", error.Message);
    }

    [Theory]
    [InlineData("سطر\tأول.\r\nسطر ثان.\r")]
    [InlineData("قال \u202Eالمتحدث\u202C إن \u2067ISIS\u2069 ينشط\u200F.")]
    [InlineData("نص \u0085 \u007F \U0001F600 \uFEFF\uFFFD")]
    public void Check_TabsLineEndsBidiControlsAndAstralCharacters_AreFine(string text)
    {
        XmlCharacters.Check(text, "f.txt");
    }
}

using System.Xml;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>What an <see cref="XmlException"/> says, for our messages, which give the place first as <c>file(line,col)</c>.</summary>
internal static class XmlErrorText
{
    /// <summary>The message without XmlReader's " Line 3, position 7." at its end, control characters shown.</summary>
    public static string Of(XmlException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        var suffix = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return Printable.Of(suffix > 0 ? message[..suffix] : message);
    }
}

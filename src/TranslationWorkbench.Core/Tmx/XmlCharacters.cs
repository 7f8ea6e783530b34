using System.Globalization;
using System.Xml;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Finds characters XML 1.0 cannot carry (§2.2 Char): C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates.</summary>
public static class XmlCharacters
{
    /// <summary>A description of the first character XML 1.0 cannot carry ("U+0001 at 12"), or null when there is none.</summary>
    public static string? FirstForbidden(string? text)
    {
        if (text is null) return null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} at character {i + 1}");
        }
        return null;
    }
}

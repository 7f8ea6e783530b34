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
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            // everything from U+0020 to U+D7FF is allowed (all of Arabic and Latin): skipped by a vectorised search
            var next = span[i..].IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0) return null;
            i += next;
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} at character {i + 1}");
            i++;
        }
    }
}

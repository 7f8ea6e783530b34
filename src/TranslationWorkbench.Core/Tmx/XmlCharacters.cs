using System.Globalization;
using System.Xml;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Finds characters XML 1.0 cannot carry (§2.2 Char): C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates.</summary>
public static class XmlCharacters
{
    /// <summary>A description of the first character XML 1.0 cannot carry ("U+0001 at 12"), or null when there is none.</summary>
    public static string? FirstForbidden(string? text)
    {
        if (text is null) return null;
        var i = IndexOfForbidden(text);
        return i < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"U+{(int)text[i]:X4} at character {i + 1}");
    }

    /// <summary>The index of the first character XML 1.0 cannot carry, or -1 when there is none.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            // everything from U+0020 to U+D7FF is allowed (all of Arabic and Latin): skipped by a vectorised search
            var next = text[i..].IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0) return -1;
            i += next;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) return i;
            i++;
        }
    }

    /// <summary>
    /// Refuses a text that holds a character XML 1.0 cannot carry: stored, it would make segments or units that every
    /// TMX export must leave out. The error names the place in the file as <c>FILE(LINE,COL)</c>.
    /// </summary>
    /// <param name="name">How messages name the text: its file as given.</param>
    public static void Check(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = IndexOfForbidden(text);
        if (i < 0) return;
        var c = text[i];
        var what = char.IsSurrogate(c) ? "half of a surrogate pair" : char.IsControl(c) ? "a control character" : "a noncharacter";
        throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
            $"{name}({TextFile.Where(text, i)}): U+{(int)c:X4}, {what}, cannot be stored (TMX cannot carry it)."));
    }
}

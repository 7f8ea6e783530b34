namespace TranslationWorkbench.Core.Text;

/// <summary>Tells an XML file (TMX, XLIFF, TBX…) given where plain text belongs, from how it begins.</summary>
/// <remarks>
/// Only the start is read: white space, then an XML declaration (<c>&lt;?xml</c>), a DOCTYPE of a known format, or a
/// known format's root element. A text that merely quotes a tag further in is plain text.
/// </remarks>
public static class XmlFormat
{
    // the formats a translator meets, by their root element (TBX 2 was called martif)
    private static readonly (string Root, string Name)[] Known =
    [
        ("tmx", "TMX"), ("xliff", "XLIFF"), ("tbx", "TBX"), ("martif", "TBX"),
    ];

    /// <summary>"TMX", "XLIFF", "TBX" or "XML" when the text begins as that format does; null for plain text.</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        var declared = start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
        if (!declared && !start.StartsWith("<")) return null;
        var root = RootName(start);
        foreach (var (known, name) in Known)
        {
            if (root.Equals(known, StringComparison.OrdinalIgnoreCase)) return name;
        }
        return declared ? "XML" : null;
    }

    // The first element's name (or the DOCTYPE's, which names it), past the declaration, comments and processing
    // instructions; "" when there is none in the text.
    private static ReadOnlySpan<char> RootName(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("<?")) text = After(text, "?>");
            else if (text.StartsWith("<!--")) text = After(text, "-->");
            else if (text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)) return Name(text["<!DOCTYPE".Length..].TrimStart());
            else if (text.StartsWith("<")) return Name(text[1..]);
            else return [];
        }
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> text, string end)
    {
        var at = text.IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + end.Length)..];
    }

    // "xliff version=…", "xliff:xliff>", "tmx[": the local name, without a namespace prefix
    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] is ':' or '-' or '_' or '.')) length++;
        var name = text[..length];
        var colon = name.LastIndexOf(':');
        return colon < 0 ? name : name[(colon + 1)..];
    }
}

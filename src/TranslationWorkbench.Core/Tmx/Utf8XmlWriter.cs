using System.Buffers;
using System.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>
/// The few XML writes a TMX file is made of, escaped and encoded straight into a UTF-8 buffer: elements, attributes,
/// text, raw markup and whitespace. Streaming, so memory stays flat for any size.
/// </summary>
/// <remarks>
/// Why not <see cref="System.Xml.XmlWriter"/>: it checks, escapes and encodes one character at a time, and a
/// million-unit export spent 5 s of CPU on its writing thread, most of it in XmlWriter (6.5–7.5 s in all, the
/// reading thread as busy). This one finds the next character to escape with a vectorised search and hands the
/// runs between to the UTF-8 encoder: the writing thread now converts the units too, in about 4 s. It escapes as XmlWriter does with
/// NewLineHandling.Entitize (the tests compare the two on the same text): in text &amp; &lt; &gt; and CR; in
/// attributes also the quote, tab, LF and CR, which an XML reader would otherwise normalise to spaces. The rest is
/// the caller's: TmxWriter checks every text for characters XML 1.0 forbids (<see cref="XmlCharacters"/>) before it
/// writes a unit, and opens and closes every element it writes.
/// </remarks>
internal sealed class Utf8XmlWriter : IDisposable
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    private readonly Stream stream;
    private readonly bool closeStream;
    // a chunk's UTF-8 (at most 3 bytes a char, and 3 more) always fits the buffer
    private const int ChunkChars = 16 * 1024;

    private readonly Stack<string> open = new();
    private readonly byte[] buffer = new byte[1 << 16];
    private int used;
    private bool inStartTag;

    public Utf8XmlWriter(Stream stream, bool closeStream)
    {
        this.stream = stream;
        this.closeStream = closeStream;
    }

    public void StartElement(string name)
    {
        CloseStartTag();
        WriteAscii("<", name);
        open.Push(name);
        inStartTag = true;
    }

    /// <summary>An attribute of the element just started; its value escaped.</summary>
    public void Attribute(string name, string value)
    {
        if (!inStartTag) throw new InvalidOperationException($"Attribute '{name}' outside a start tag.");
        WriteAscii(" ", name, "=\"");
        WriteEscaped(value, AttributeSpecials);
        WriteAscii("\"");
    }

    public void Text(string text)
    {
        CloseStartTag();
        WriteEscaped(text, TextSpecials);
    }

    /// <summary>Markup written as it is (inline codes kept from an import).</summary>
    public void Raw(string markup)
    {
        CloseStartTag();
        WriteUtf8(markup);
    }

    /// <summary>Whitespace between elements (newlines and indentation, the file's layout).</summary>
    public void Whitespace(string whitespace)
    {
        CloseStartTag();
        WriteAscii(whitespace);
    }

    /// <summary>Closes the innermost element: " /&gt;" when it has no content, as XmlWriter writes it.</summary>
    public void EndElement()
    {
        var name = open.Pop();
        if (inStartTag)
        {
            WriteAscii(" />");
            inStartTag = false;
            return;
        }
        WriteAscii("</", name, ">");
    }

    public void Flush()
    {
        stream.Write(buffer, 0, used);
        used = 0;
        stream.Flush();
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            // closed even when the last write fails (a full disk): the caller then deletes the half-written file
            if (closeStream) stream.Dispose();
        }
    }

    private void CloseStartTag()
    {
        if (!inStartTag) return;
        WriteAscii(">");
        inStartTag = false;
    }

    private void WriteEscaped(string value, SearchValues<char> specials)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var special = rest.IndexOfAny(specials);
            if (special < 0)
            {
                WriteUtf8(rest);
                return;
            }
            WriteUtf8(rest[..special]);
            WriteAscii(rest[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
            rest = rest[(special + 1)..];
        }
    }

    // Names, entities and layout: a few characters each, for which a loop beats a call to the encoder.
    private void WriteAscii(string ascii)
    {
        var room = Reserve(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) room[i] = (byte)ascii[i];
        used += ascii.Length;
    }

    private void WriteAscii(string first, string second, string third = "")
    {
        var room = Reserve(first.Length + second.Length + third.Length);
        var at = 0;
        foreach (var c in first) room[at++] = (byte)c;
        foreach (var c in second) room[at++] = (byte)c;
        foreach (var c in third) room[at++] = (byte)c;
        used += at;
    }

    // In pieces of at most ChunkChars, never between the two halves of a surrogate pair: the buffer never grows,
    // whatever the length of a segment.
    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var length = Math.Min(text.Length, ChunkChars);
            if (length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
            var room = Reserve(Encoding.UTF8.GetMaxByteCount(length));
            used += Encoding.UTF8.GetBytes(text[..length], room);
            text = text[length..];
        }
    }

    // Room for at least `bytes` more (at most the buffer's size): what the buffer holds is written out first.
    private Span<byte> Reserve(int bytes)
    {
        if (buffer.Length - used >= bytes) return buffer.AsSpan(used);
        stream.Write(buffer, 0, used);
        used = 0;
        return buffer;
    }
}

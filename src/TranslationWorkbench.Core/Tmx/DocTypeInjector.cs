using System.Text;
using System.Text.RegularExpressions;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>
/// Opens a TMX file as text and, when its prolog has no DOCTYPE, adds &lt;!DOCTYPE tmx SYSTEM "tmx14.dtd"&gt; after
/// the XML declaration, so that .NET's DTD validation applies to files that do not name the DTD.
/// </summary>
/// <remarks>.NET ignores a DTD given through XmlParserContext ("No DTD found"); text injection is what works.</remarks>
internal static partial class DocTypeInjector
{
    /// <summary>What is added; it goes on line 1, so only places on line 1 after it move.</summary>
    public const string DocType = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";

    [GeneratedRegex("""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")]
    private static partial Regex DeclaredEncoding();

    /// <summary>The file as text, with the DOCTYPE added if it had none.</summary>
    /// <param name="insertedAt">The column on line 1 where the DOCTYPE was added (1-based), 0 when none was.</param>
    public static TextReader Open(string path, out int insertedAt)
    {
        var encoding = Sniff(path);
        var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var prolog = ReadProlog(reader, out var hasDocType).ToString();
        insertedAt = hasDocType ? 0 : InsertionPoint(prolog) + 1;
        var prefix = hasDocType ? prolog : prolog.Insert(insertedAt - 1, DocType);
        return new PrefixedReader(prefix, reader);
    }

    // keep line numbers: the DOCTYPE goes on the declaration's line, after it, or first of all
    private static int InsertionPoint(string prolog) =>
        prolog.StartsWith("<?xml", StringComparison.Ordinal) ? prolog.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;

    // Up to the first element: the declaration, comments, processing instructions and a DOCTYPE if there is one.
    private static StringBuilder ReadProlog(StreamReader reader, out bool hasDocType)
    {
        var prolog = new StringBuilder();
        hasDocType = false;
        while (reader.Peek() >= 0)
        {
            var c = (char)reader.Peek();
            if (c != '<')
            {
                prolog.Append((char)reader.Read());
                continue;
            }
            var lookahead = new StringBuilder();
            lookahead.Append((char)reader.Read());
            while (lookahead.Length < 9 && reader.Peek() >= 0) lookahead.Append((char)reader.Read());
            var text = lookahead.ToString();
            prolog.Append(text);
            if (text.StartsWith("<!DOCTYPE", StringComparison.Ordinal)) hasDocType = true;
            if (!text.StartsWith("<?", StringComparison.Ordinal) && !text.StartsWith("<!", StringComparison.Ordinal))
            {
                // the root element: hand it back, with the prolog before it
                var rootStart = prolog.Length - text.Length;
                var before = prolog.ToString(0, rootStart);
                prolog.Clear().Append(before);
                return prolog.Append(text);
            }
            AppendUntil(reader, prolog, text.StartsWith("<!--", StringComparison.Ordinal) ? "-->" : ">");
        }
        return prolog;
    }

    private static void AppendUntil(StreamReader reader, StringBuilder prolog, string terminator)
    {
        while (!prolog.ToString(Math.Max(0, prolog.Length - terminator.Length), Math.Min(prolog.Length, terminator.Length)).Equals(terminator, StringComparison.Ordinal))
        {
            var next = reader.Read();
            if (next < 0) return;
            prolog.Append((char)next);
        }
    }

    // A BOM decides by itself (StreamReader sees it); otherwise the declaration's encoding, else UTF-8.
    private static Encoding Sniff(string path)
    {
        var head = new byte[256];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.Read(head);
        var ascii = Encoding.ASCII.GetString(head, 0, read);
        var match = DeclaredEncoding().Match(ascii);
        if (!match.Success) return new UTF8Encoding(false);
        try
        {
            var declared = Encoding.GetEncoding(match.Groups[1].Value);
            return declared.CodePage is 1200 or 1201 ? new UTF8Encoding(false) : declared;
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false);
        }
    }

    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int position;

        public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

        public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (position >= prefix.Length) return rest.Read(buffer, index, count);
            var n = Math.Min(count, prefix.Length - position);
            prefix.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }
}

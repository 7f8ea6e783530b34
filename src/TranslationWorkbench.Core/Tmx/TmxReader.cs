using System.Text;
using System.Xml;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Reads a TMX document as a stream of units: memory stays flat for any file size.</summary>
/// <remarks>
/// The DOCTYPE is tolerated but never processed: no DTD is fetched, no entity declared in it is expanded, so an
/// entity bomb or an external entity is an error rather than a hang or a request. BOMs and the XML declaration
/// decide the encoding (UTF-8, UTF-16 LE/BE). TMX 1.1's lang and 1.4's xml:lang are both read.
/// </remarks>
public sealed class TmxReader : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = true,
    };

    private readonly XmlReader xml;

    // Filled for one unit at a time and copied out only when not empty: most units have no warning and their
    // variants no prop, and a million-unit file allocated three lists a unit for nothing.
    private readonly List<string> unitWarnings = [];
    private readonly List<UnitProperty> unitProperties = [];
    private readonly List<UnitProperty> variantProperties = [];
    private readonly List<TmxVariant> unitVariants = [];
    private readonly Stream stream;
    private readonly TmxNames names;
    private readonly string name;
    private bool unitsRead;
    private bool bodyEnded;

    private TmxReader(Stream stream, string name)
    {
        this.name = name;
        this.stream = stream;
        xml = XmlReader.Create(stream, Settings);
        names = new TmxNames(xml.NameTable);
        Header = Guard(ReadHeader);
    }

    public TmxHeader Header { get; }

    /// <summary>Opens a TMX file and reads its header.</summary>
    public static TmxReader Open(string path)
    {
        if (Directory.Exists(path)) throw new InvalidInputException($"{path}: is a folder, not a TMX file.");
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such file.");
        // as every command that reads a file says it, not XmlReader's "Root element is missing" at (0,0)
        if (new FileInfo(path).Length == 0) throw new InvalidInputException($"{path}: is empty.");
        // XmlReader asks for 4 KB at a time; a larger buffer turns 80,000 reads of a 330 MB file into 5,000
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return new TmxReader(stream, path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads TMX from a stream that came from <paramref name="name"/> (used in messages only).</summary>
    public static TmxReader Open(Stream stream, string name) => new(stream, name);

    /// <summary>The units in file order; can be enumerated once. Malformed XML surfaces here as <see cref="InvalidInputException"/>.</summary>
    public IEnumerable<TmxUnit> Units()
    {
        if (unitsRead) throw new InvalidOperationException("The units of a TmxReader can be read once.");
        unitsRead = true;
        return ReadUnits();
    }

    public void Dispose() => xml.Dispose();

    private IEnumerable<TmxUnit> ReadUnits()
    {
        var next = NextUnit; // one delegate for the whole file, not one per unit
        while (true)
        {
            var unit = Guard(next);
            if (unit is null) yield break;
            yield return unit;
        }
    }

    private TmxHeader ReadHeader()
    {
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "tmx")
            throw Error($"expected a <tmx> root element, found {Describe()}.");
        var version = xml.GetAttribute("version") ?? "";
        if (!ReadToFirstChild()) throw Error("expected <header> inside <tmx>, found an empty <tmx>.");
        if (xml.LocalName != "header") throw Error($"expected <header> as the first element of <tmx>, found {Describe()}.");

        var header = new TmxHeader(
            Attribute("creationtool"), Attribute("creationtoolversion"), Attribute("segtype"), Attribute("o-tmf"),
            Attribute("adminlang"), Attribute("srclang"), Attribute("datatype"),
            TmxDate.TryParse(xml.GetAttribute("creationdate"), out var created) ? created : null)
        { Version = version };
        xml.Skip();
        if (!MoveToNextSiblingElement() || xml.LocalName != "body")
            throw Error($"expected <body> after <header>, found {Describe()}.");
        if (xml.IsEmptyElement)
        {
            xml.Read();
            bodyEnded = true;
        }
        else
        {
            xml.Read();
        }
        return header;
    }

    private TmxUnit? NextUnit()
    {
        while (!bodyEnded)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "body")
            {
                bodyEnded = true;
                ReadToEnd();
                return null;
            }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "tu") return ReadUnit();
            if (xml.NodeType == XmlNodeType.Element) xml.Skip();
            else if (!xml.Read()) throw Error("the file ends inside <body>: expected </body> and </tmx>.");
        }
        return null;
    }

    private TmxUnit ReadUnit()
    {
        var line = Line;
        var warnings = unitWarnings;
        warnings.Clear();
        unitProperties.Clear();
        unitVariants.Clear();
        var attributes = ReadAttributes();
        var tuId = attributes.TuId;
        var sourceLanguage = attributes.SourceLanguage;
        var audit = ReadAudit(attributes, warnings);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return new TmxUnit(tuId, [], line) { Warnings = Copy(warnings) };
        }
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "tu"))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                if (!xml.Read()) throw Error("the file ends inside a <tu>.");
                continue;
            }
            switch (xml.LocalName)
            {
                case "prop" or "note":
                    unitProperties.Add(ReadProperty(PropertyScope.Unit));
                    break;
                case "tuv":
                    unitVariants.Add(ReadVariant(warnings));
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
        xml.Read();
        return new TmxUnit(tuId, Copy(unitVariants), line)
        {
            SourceLanguage = sourceLanguage,
            Properties = Copy(unitProperties),
            Audit = audit,
            Warnings = Copy(warnings),
        };
    }

    private TmxVariant ReadVariant(List<string> warnings)
    {
        var line = Line;
        var attributes = ReadAttributes();
        var language = attributes.Language ?? "";
        var audit = ReadAudit(attributes, warnings);
        var properties = variantProperties;
        properties.Clear();
        string text = "";
        string? markup = null;
        var sawSeg = false;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return new TmxVariant(language, text, markup, line) { Audit = audit };
        }
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "tuv"))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                if (!xml.Read()) throw Error("the file ends inside a <tuv>.");
                continue;
            }
            switch (xml.LocalName)
            {
                case "prop" or "note":
                    // the importer decides whether this variant is the source or the target
                    properties.Add(ReadProperty(PropertyScope.Unit));
                    break;
                case "seg":
                    (text, markup) = ReadSeg();
                    sawSeg = true;
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
        xml.Read();
        if (!sawSeg) warnings.Add($"{name}({line}): <tuv xml:lang=\"{language}\"> has no <seg>");
        return new TmxVariant(language, text, markup, line) { Properties = Copy(properties), Audit = audit };
    }

    // TMX 1.4b §3.7: <seg> holds text and inline elements. bpt, ept, ph, it and ut hold native codes (and sub holds
    // text inside them): they are markup, not text. hi wraps text, so its text is part of the segment's text.
    private (string Text, string? Markup) ReadSeg()
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return ("", null);
        }
        xml.Read();
        // Most segments are one text node: no builder for them.
        var first = "";
        if (xml.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
        {
            first = xml.Value;
            xml.Read();
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "seg")
            {
                xml.Read();
                return (first, null);
            }
        }
        var text = new StringBuilder(first);
        StringBuilder? markup = null;
        ReadMixedContent("seg", text, ref markup);
        xml.Read();
        return (text.ToString(), markup?.ToString());
    }

    private void ReadMixedContent(string endElement, StringBuilder text, ref StringBuilder? markup)
    {
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.LocalName == endElement))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    text.Append(xml.Value);
                    if (markup is not null) AppendEscaped(markup, xml.Value);
                    xml.Read();
                    break;
                case XmlNodeType.Element when xml.LocalName == "hi":
                    markup ??= new StringBuilder(Escape(text.ToString()));
                    AppendStartTag(markup);
                    if (xml.IsEmptyElement)
                    {
                        xml.Read();
                        break;
                    }
                    xml.Read();
                    ReadMixedContent("hi", text, ref markup);
                    markup!.Append("</hi>");
                    xml.Read();
                    break;
                case XmlNodeType.Element:
                    markup ??= new StringBuilder(Escape(text.ToString()));
                    markup.Append(xml.ReadOuterXml());
                    break;
                default:
                    if (!xml.Read()) throw Error($"the file ends inside <{endElement}>.");
                    break;
            }
        }
    }

    private void AppendStartTag(StringBuilder markup)
    {
        markup.Append("<hi");
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                markup.Append(' ').Append(xml.Name).Append("=\"");
                AppendEscaped(markup, xml.Value, attribute: true);
                markup.Append('"');
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        markup.Append(xml.IsEmptyElement ? "/>" : ">");
    }

    private UnitProperty ReadProperty(PropertyScope scope)
    {
        var type = xml.LocalName == "prop" ? xml.GetAttribute("type") ?? "" : null;
        var language = xml.GetAttribute("xml:lang");
        var value = xml.ReadElementContentAsString();
        return new UnitProperty(type, value, scope, language);
    }

    // One pass over the element's attributes, names compared as the reader's atomized strings: asking for each
    // attribute by name hashed the name every time, a dozen times a unit.
    private TmxAttributes ReadAttributes()
    {
        var attributes = new TmxAttributes();
        if (!xml.MoveToFirstAttribute()) return attributes;
        do
        {
            var localName = xml.LocalName;
            if ((object)localName == names.Lang)
            {
                // TMX 1.4b §3.3: <tuv> carries xml:lang; TMX 1.1 used "lang".
                if ((object)xml.Prefix == names.Xml) attributes.XmlLanguage = xml.Value;
                else if (xml.Prefix.Length == 0) attributes.PlainLanguage = xml.Value;
            }
            else if (xml.Prefix.Length != 0) continue;
            else if ((object)localName == names.TuId) attributes.TuId = xml.Value;
            else if ((object)localName == names.SourceLanguage) attributes.SourceLanguage = xml.Value;
            else if ((object)localName == names.CreationDate) attributes.CreationDate = xml.Value;
            else if ((object)localName == names.CreationId) attributes.CreationId = xml.Value;
            else if ((object)localName == names.ChangeDate) attributes.ChangeDate = xml.Value;
            else if ((object)localName == names.ChangeId) attributes.ChangeId = xml.Value;
            else if ((object)localName == names.UsageCount) attributes.UsageCount = xml.Value;
            else if ((object)localName == names.LastUsageDate) attributes.LastUsageDate = xml.Value;
        }
        while (xml.MoveToNextAttribute());
        xml.MoveToElement();
        return attributes;
    }

    private TmxAudit ReadAudit(TmxAttributes attributes, List<string> warnings)
    {
        if (attributes.HasNoAudit) return TmxAudit.None;
        return new TmxAudit(
            Date("creationdate", attributes.CreationDate, warnings),
            attributes.CreationId,
            Date("changedate", attributes.ChangeDate, warnings),
            attributes.ChangeId,
            UsageCount(attributes.UsageCount, warnings),
            Date("lastusagedate", attributes.LastUsageDate, warnings));
    }

    private DateTimeOffset? Date(string attribute, string? value, List<string> warnings)
    {
        if (value is null) return null;
        if (TmxDate.TryParse(value, out var date)) return date;
        warnings.Add($"{name}({Line}): {attribute}=\"{value}\" is not a TMX date (YYYYMMDDThhmmssZ); ignored");
        return null;
    }

    private int? UsageCount(string? value, List<string> warnings)
    {
        if (value is null) return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) return count;
        warnings.Add($"{name}({Line}): usagecount=\"{value}\" is not a number; ignored");
        return null;
    }

    private bool ReadToFirstChild()
    {
        if (xml.IsEmptyElement) return false;
        xml.Read();
        return MoveToElementOrEnd();
    }

    private bool MoveToNextSiblingElement()
    {
        if (xml.NodeType == XmlNodeType.Element) return true;
        return MoveToElementOrEnd();
    }

    private bool MoveToElementOrEnd()
    {
        while (xml.NodeType is not (XmlNodeType.Element or XmlNodeType.EndElement))
        {
            if (!xml.Read()) return false;
        }
        return xml.NodeType == XmlNodeType.Element;
    }

    private void ReadToEnd()
    {
        while (xml.Read())
        {
        }
    }

    private string Attribute(string attribute) => xml.GetAttribute(attribute) ?? "";

    private static T[] Copy<T>(List<T> items) => items.Count == 0 ? [] : [.. items];

    private int Line => xml is IXmlLineInfo info ? info.LineNumber : 0;

    private string Describe() => xml.NodeType switch
    {
        XmlNodeType.Element => $"<{xml.Name}>",
        XmlNodeType.EndElement => $"</{xml.Name}>",
        XmlNodeType.None => "the end of the file",
        _ => xml.NodeType.ToString().ToLowerInvariant(),
    };

    private InvalidInputException Error(string message)
    {
        var info = (IXmlLineInfo)xml;
        return new InvalidInputException($"{name}({info.LineNumber},{info.LinePosition}): {message}");
    }

    // the place goes first in our messages
    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (IsWhiteSpaceOnly())
        {
            throw new InvalidInputException($"{name}: contains no text, only white space.", e);
        }
        catch (XmlException e)
        {
            var message = XmlErrorText.Of(e);
            // said once: XmlReader's "Unexpected end of file" needs no hint
            var hint = !BeginsAsXml() ? " It does not begin as XML does (<?xml … or <tmx>): is it a TMX file?"
                : IsDtdDeclaration(message) ? " It reads as a DTD (<!ENTITY, <!ELEMENT …), such as tmx14.dtd, not a TMX file."
                : !message.Contains("end of file", StringComparison.OrdinalIgnoreCase) && IsCutShort(e) ? " The file stops there, in the middle of a line: is it cut short?"
                : "";
            throw new InvalidInputException($"{name}({e.LineNumber},{e.LinePosition}): not well-formed XML: {message}{hint}", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"{name}: the bytes do not match the file's declared encoding: {e.Message}", e);
        }
    }

    // XmlReader meets a DTD's declarations outside a DOCTYPE, where only a DOCTYPE may stand
    private static bool IsDtdDeclaration(string message) =>
        new[] { "'ENTITY'", "'ELEMENT'", "'ATTLIST'" }.Any(keyword => message.StartsWith(keyword + " is an unexpected token", StringComparison.Ordinal));

    // Whether the file's first character but white space (after a byte-order mark) is a '<': a page of plain text,
    // or a binary file, is no TMX cut short. A second read, of its start, on an error only; true when unsure.
    private bool BeginsAsXml()
    {
        if (stream is not FileStream { CanSeek: true } file) return true;
        try
        {
            using var start = new StreamReader(file.Name, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[256];
            var read = start.ReadBlock(buffer);
            var first = buffer.AsSpan(0, read).TrimStart(" \t\r\n");
            return first.IsEmpty || first[0] == '<';
        }
        catch (IOException)
        {
            return true;
        }
    }

    // Whether the file holds nothing but white space (no break, too, which XML does not count as white space): said as
    // for a text file, not as XML without a root element. A second read, on an error only, that stops at the first character.
    private bool IsWhiteSpaceOnly()
    {
        if (stream is not FileStream { CanSeek: true } file) return false;
        using var text = new StreamReader(file.Name, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        int read;
        while ((read = text.ReadBlock(buffer)) > 0)
        {
            if (!buffer.AsSpan(0, read).IsWhiteSpace()) return false;
        }
        return true;
    }

    // An error on the last line of a file whose last line stops mid-way (not at a '>'), all of it read: a file cut
    // short (a copy or a download that stopped), whatever XmlReader calls it ("an error occurred while parsing
    // EntityName" when the cut falls in an &apos;); a mistyped </tnx> on the last line is not. A second read, on
    // this error only.
    private bool IsCutShort(XmlException e)
    {
        if (stream is not FileStream { CanSeek: true } file || file.Position < file.Length) return false;
        try
        {
            var lines = File.ReadLines(file.Name).Select((text, index) => (Text: text.TrimEnd(), Number: index + 1)).Where(line => line.Text.Length > 0).ToList();
            return lines.Count > 0 && e.LineNumber >= lines[^1].Number && !lines[^1].Text.EndsWith('>');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        AppendEscaped(builder, value);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string value, bool attribute = false)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                _ => builder.Append(c),
            };
        }
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Writes TMX 1.4b one unit at a time (XmlWriter, streaming): memory stays flat for any size.</summary>
/// <remarks>
/// UTF-8 without BOM, the DOCTYPE naming tmx14.dtd, variants in the order given (the source first: Translate
/// Toolkit takes the first tuv as the source whatever xml:lang says). Inline markup read with a unit is written
/// back as it came. Text with characters XML 1.0 forbids is refused (<see cref="XmlCharacters"/>): check first.
/// </remarks>
public sealed class TmxWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = true,
        // a CR in a segment goes out as &#xD;: XML readers turn a raw one into LF (XML 1.0 §2.11)
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        CloseOutput = true,
    };

    private readonly XmlWriter xml;

    private TmxWriter(Stream stream, TmxHeader header)
    {
        // written by hand for the conventional upper-case "UTF-8" (XmlWriter writes the encoding's web name, "utf-8")
        stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8);
        xml = XmlWriter.Create(stream, Settings);
        Newline(0);
        xml.WriteDocType("tmx", null, "tmx14.dtd", null);
        Newline(0);
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        Newline(1);
        WriteHeader(header);
        Newline(1);
        xml.WriteStartElement("body");
    }

    public static TmxWriter Create(Stream stream, TmxHeader header)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        return new TmxWriter(stream, header);
    }

    public void Write(TmxUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Newline(2);
        xml.WriteStartElement("tu");
        if (unit.TuId is not null) xml.WriteAttributeString("tuid", unit.TuId);
        if (unit.SourceLanguage is not null) xml.WriteAttributeString("srclang", unit.SourceLanguage);
        WriteAudit(unit.Audit);
        foreach (var property in unit.Properties) WriteProperty(property, 3);
        foreach (var variant in unit.Variants)
        {
            Newline(3);
            xml.WriteStartElement("tuv");
            xml.WriteAttributeString("xml", "lang", null, variant.Language);
            WriteAudit(variant.Audit);
            foreach (var property in variant.Properties) WriteProperty(property, 4);
            if (variant.Properties.Count > 0) Newline(4);
            xml.WriteStartElement("seg");
            if (variant.Markup is null) xml.WriteString(variant.Text);
            else xml.WriteRaw(variant.Markup);
            xml.WriteEndElement();
            if (variant.Properties.Count > 0) Newline(3);
            xml.WriteEndElement();
        }
        Newline(2);
        xml.WriteEndElement();
    }

    public void Dispose()
    {
        Newline(1);
        xml.WriteEndElement(); // body
        Newline(0);
        xml.WriteEndElement(); // tmx
        xml.WriteWhitespace("\n");
        xml.Dispose();
    }

    private void WriteHeader(TmxHeader header)
    {
        // TMX 1.4b §3.1: these seven attributes are required on <header>.
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", header.CreationTool);
        xml.WriteAttributeString("creationtoolversion", header.CreationToolVersion);
        xml.WriteAttributeString("segtype", header.SegType);
        xml.WriteAttributeString("o-tmf", header.OriginalFormat);
        xml.WriteAttributeString("adminlang", header.AdminLanguage);
        xml.WriteAttributeString("srclang", header.SourceLanguage);
        xml.WriteAttributeString("datatype", header.DataType);
        if (header.CreationDate is { } created) xml.WriteAttributeString("creationdate", TmxDate.ToText(created));
        xml.WriteEndElement();
    }

    private void WriteAudit(TmxAudit audit)
    {
        if (audit.CreationDate is { } created) xml.WriteAttributeString("creationdate", TmxDate.ToText(created));
        if (audit.CreationId is not null) xml.WriteAttributeString("creationid", audit.CreationId);
        if (audit.ChangeDate is { } changed) xml.WriteAttributeString("changedate", TmxDate.ToText(changed));
        if (audit.ChangeId is not null) xml.WriteAttributeString("changeid", audit.ChangeId);
        if (audit.UsageCount is { } count) xml.WriteAttributeString("usagecount", count.ToString(CultureInfo.InvariantCulture));
        if (audit.LastUsageDate is { } used) xml.WriteAttributeString("lastusagedate", TmxDate.ToText(used));
    }

    private void WriteProperty(UnitProperty property, int depth)
    {
        Newline(depth);
        xml.WriteStartElement(property.IsNote ? "note" : "prop");
        if (!property.IsNote) xml.WriteAttributeString("type", property.Type);
        if (property.Language is not null) xml.WriteAttributeString("xml", "lang", null, property.Language);
        xml.WriteString(property.Value);
        xml.WriteEndElement();
    }

    private static readonly string[] Newlines = [.. Enumerable.Range(0, 5).Select(depth => "\n" + new string(' ', depth * 2))];

    private void Newline(int depth) => xml.WriteWhitespace(Newlines[depth]);
}

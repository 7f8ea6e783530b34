using System.Globalization;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Writes TMX 1.4b one unit at a time, streaming: memory stays flat for any size.</summary>
/// <remarks>
/// UTF-8 without BOM, the DOCTYPE naming tmx14.dtd, variants in the order given (the source first: Translate
/// Toolkit takes the first tuv as the source whatever xml:lang says). Inline markup read with a unit is written
/// back as it came. A unit or header with a character XML 1.0 forbids is refused before any of it is written
/// (<see cref="XmlCharacters"/>; <see cref="TryWrite"/> says which text).
/// The XML goes through <see cref="Utf8XmlWriter"/>, which escapes as XmlWriter would, at a few times its speed.
/// </remarks>
public sealed class TmxWriter : IDisposable
{
    private readonly Utf8XmlWriter xml;

    // the last date written and its text: most units of a memory share their times with the unit before
    private DateTimeOffset lastDate;
    private string lastDateText = "";
    private bool ended;

    private TmxWriter(Stream stream, TmxHeader header)
    {
        if (ForbiddenCharacter(header) is { } problem) throw new ArgumentException($"The header cannot be written: {problem}, which XML 1.0 cannot carry.", nameof(header));
        xml = new Utf8XmlWriter(stream, closeStream: true);
        xml.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Newline(0);
        xml.Raw("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        Newline(0);
        xml.StartElement("tmx");
        xml.Attribute("version", "1.4");
        Newline(1);
        WriteHeader(header);
        Newline(1);
        xml.StartElement("body");
    }

    public static TmxWriter Create(Stream stream, TmxHeader header)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        try
        {
            return new TmxWriter(stream, header);
        }
        catch
        {
            // the writer owns the stream: a header it refuses closes it too
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Writes the unit; refuses one with a character XML 1.0 cannot carry (ArgumentException).</summary>
    public void Write(TmxUnit unit)
    {
        if (!TryWrite(unit, out var problem)) throw new ArgumentException($"The unit cannot be written: {problem}, which XML 1.0 cannot carry.", nameof(unit));
    }

    /// <summary>Writes the unit, or nothing of it when some text has a character XML 1.0 cannot carry (then described in
    /// <paramref name="problem"/>: "the source has U+0001 at character 4").</summary>
    public bool TryWrite(TmxUnit unit, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(unit);
        problem = ForbiddenCharacter(unit);
        if (problem is not null) return false;
        WriteChecked(unit);
        return true;
    }

    private void WriteChecked(TmxUnit unit)
    {
        Newline(2);
        xml.StartElement("tu");
        if (unit.TuId is not null) xml.Attribute("tuid", unit.TuId);
        if (unit.SourceLanguage is not null) xml.Attribute("srclang", unit.SourceLanguage);
        WriteAudit(unit.Audit);
        foreach (var property in unit.Properties) WriteProperty(property, 3);
        foreach (var variant in unit.Variants)
        {
            Newline(3);
            xml.StartElement("tuv");
            xml.Attribute("xml:lang", variant.Language);
            WriteAudit(variant.Audit);
            foreach (var property in variant.Properties) WriteProperty(property, 4);
            if (variant.Properties.Count > 0) Newline(4);
            xml.StartElement("seg");
            if (variant.Markup is null) xml.Text(variant.Text);
            else xml.Raw(variant.Markup);
            xml.EndElement();
            if (variant.Properties.Count > 0) Newline(3);
            xml.EndElement();
        }
        Newline(2);
        xml.EndElement();
    }

    /// <summary>Ends the document and closes the stream; a second call does nothing.</summary>
    public void Dispose()
    {
        if (ended) return;
        ended = true;
        Newline(1);
        xml.EndElement(); // body
        Newline(0);
        xml.EndElement(); // tmx
        xml.Whitespace("\n");
        xml.Dispose();
    }

    private void WriteHeader(TmxHeader header)
    {
        // TMX 1.4b §3.1: these seven attributes are required on <header>.
        xml.StartElement("header");
        xml.Attribute("creationtool", header.CreationTool);
        xml.Attribute("creationtoolversion", header.CreationToolVersion);
        xml.Attribute("segtype", header.SegType);
        xml.Attribute("o-tmf", header.OriginalFormat);
        xml.Attribute("adminlang", header.AdminLanguage);
        xml.Attribute("srclang", header.SourceLanguage);
        xml.Attribute("datatype", header.DataType);
        if (header.CreationDate is { } created) xml.Attribute("creationdate", DateText(created));
        xml.EndElement();
    }

    private void WriteAudit(TmxAudit audit)
    {
        if (audit.CreationDate is { } created) xml.Attribute("creationdate", DateText(created));
        if (audit.CreationId is not null) xml.Attribute("creationid", audit.CreationId);
        if (audit.ChangeDate is { } changed) xml.Attribute("changedate", DateText(changed));
        if (audit.ChangeId is not null) xml.Attribute("changeid", audit.ChangeId);
        if (audit.UsageCount is { } count) xml.Attribute("usagecount", count.ToString(CultureInfo.InvariantCulture));
        if (audit.LastUsageDate is { } used) xml.Attribute("lastusagedate", DateText(used));
    }

    // Every text the unit puts in the file, each checked once here (the writer below does not check again).
    private static string? ForbiddenCharacter(TmxUnit unit)
    {
        var problem = Check("the unit id", unit.TuId) ?? Check("the unit's srclang", unit.SourceLanguage) ?? Check(unit.Audit) ?? Check(unit.Properties);
        for (var i = 0; i < unit.Variants.Count && problem is null; i++)
        {
            var variant = unit.Variants[i];
            // the source first, then the target: the order TmxExport gives
            var name = unit.Variants.Count == 2 ? (i == 0 ? "the source" : "the target") : $"the {variant.Language} text";
            problem = Check("the language", variant.Language) ?? Check(name, variant.Text) ?? Check(name + " markup", variant.Markup)
                ?? Check(variant.Audit) ?? Check(variant.Properties);
        }
        return problem;
    }

    private static string? ForbiddenCharacter(TmxHeader header) =>
        Check("the creation tool", header.CreationTool) ?? Check("the creation tool's version", header.CreationToolVersion)
        ?? Check("the segment type", header.SegType) ?? Check("the original format", header.OriginalFormat)
        ?? Check("the admin language", header.AdminLanguage) ?? Check("the source language", header.SourceLanguage)
        ?? Check("the data type", header.DataType);

    private static string? Check(TmxAudit audit) => Check("the creator", audit.CreationId) ?? Check("the changer", audit.ChangeId);

    private static string? Check(IReadOnlyList<UnitProperty> properties)
    {
        foreach (var property in properties)
        {
            var name = $"the property {property.Type ?? "note"}";
            if ((Check(name + " type", property.Type) ?? Check(name, property.Value) ?? Check(name + " language", property.Language)) is { } problem) return problem;
        }
        return null;
    }

    private static string? Check(string name, string? text) => XmlCharacters.FirstForbidden(text) is { } where ? $"{name} has {where}" : null;

    private string DateText(DateTimeOffset date)
    {
        if (date != lastDate || lastDateText.Length == 0) (lastDate, lastDateText) = (date, TmxDate.ToText(date));
        return lastDateText;
    }

    private void WriteProperty(UnitProperty property, int depth)
    {
        Newline(depth);
        xml.StartElement(property.Type is null ? "note" : "prop");
        if (property.Type is not null) xml.Attribute("type", property.Type);
        if (property.Language is not null) xml.Attribute("xml:lang", property.Language);
        xml.Text(property.Value);
        xml.EndElement();
    }

    private static readonly string[] Newlines = [.. Enumerable.Range(0, 5).Select(depth => "\n" + new string(' ', depth * 2))];

    private void Newline(int depth) => xml.Whitespace(Newlines[depth]);
}

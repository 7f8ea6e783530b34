using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Validates a TMX file against the TMX 1.4 DTD and the rules a DTD cannot express, as strict validators do.</summary>
/// <remarks>
/// Beyond the DTD: dates are well formed and real (§3.2); language codes are BCP 47; every &lt;tu&gt; has a
/// &lt;tuv&gt; in the source language unless srclang is *all* (§3.1 srclang); &lt;bpt&gt; and &lt;ept&gt; pair by i within
/// a &lt;seg&gt; (§3.7.1); the x values of a unit's variants match (§3.7, x); usagecount is a number. A file without
/// a DOCTYPE is validated as if it named tmx14.dtd. Entity expansion is capped and nothing external is fetched.
/// </remarks>
public sealed class TmxValidator
{
    private static readonly string[] DateAttributes = ["creationdate", "changedate", "lastusagedate"];

    private readonly string name;
    private readonly int docTypeInsertedAt; // the column on line 1 of a DOCTYPE we added, 0 for none
    private readonly List<TmxProblem> problems = [];
    private XmlReader xml = null!;
    private string headerSourceLanguage = "";
    private UnitState? unit;
    private VariantState? variant;

    private TmxValidator(string name, int docTypeInsertedAt) => (this.name, this.docTypeInsertedAt) = (name, docTypeInsertedAt);

    public static IReadOnlyList<TmxProblem> Validate(string path)
    {
        if (Directory.Exists(path)) throw new InvalidInputException($"{path}: is a folder, not a TMX file.");
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such file.");
        // as tw tm import says it, not XmlReader's "Root element is missing" at (0,0)
        if (new FileInfo(path).Length == 0) throw new InvalidInputException($"{path}: is empty.");
        using var text = DocTypeInjector.Open(path, out var insertedAt);
        return new TmxValidator(path, insertedAt).Run(text);
    }

    private IReadOnlyList<TmxProblem> Run(TextReader text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            ValidationType = ValidationType.DTD,
            XmlResolver = new EmbeddedDtdResolver(),
            MaxCharactersFromEntities = 1_000_000,
            IgnoreComments = true,
        };
        settings.ValidationEventHandler += (_, e) =>
            Add(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, (e.Severity == XmlSeverityType.Warning ? "warning: " : "") + e.Message);
        try
        {
            xml = XmlReader.Create(text, settings, "file:///tmx/");
            while (xml.Read()) Visit();
        }
        catch (XmlException e)
        {
            Add(e.LineNumber, e.LinePosition, "not well-formed XML: " + XmlErrorText.Of(e));
        }
        return problems;
    }

    private void Visit()
    {
        if (xml.NodeType == XmlNodeType.EndElement)
        {
            Leave();
            return;
        }
        if (xml.NodeType != XmlNodeType.Element) return;
        var empty = xml.IsEmptyElement;
        switch (xml.LocalName)
        {
            case "header":
                headerSourceLanguage = xml.GetAttribute("srclang") ?? "";
                CheckLanguage("srclang", allowAll: true);
                CheckLanguage("adminlang", allowAll: false);
                CheckAudit();
                break;
            case "tu":
                unit = new UnitState(Line, Column, xml.GetAttribute("srclang"));
                CheckLanguage("srclang", allowAll: true);
                CheckAudit();
                if (empty) Leave("tu");
                break;
            case "tuv":
                variant = new VariantState();
                CheckLanguage("xml:lang", allowAll: false);
                CheckLanguage("lang", allowAll: false);
                unit?.Languages.Add(xml.GetAttribute("xml:lang") ?? xml.GetAttribute("lang") ?? "");
                CheckAudit();
                break;
            case "seg":
                variant?.OpenBegins.Clear();
                break;
            case "bpt":
                var i = xml.GetAttribute("i");
                if (i is not null && variant is not null && !variant.OpenBegins.Add(i)) Add(Line, Column, $"<bpt i=\"{i}\"> appears twice in one <seg>.");
                if (i is not null) variant?.BeginPlaces.TryAdd(i, (Line, Column));
                CollectX();
                break;
            case "ept":
                var end = xml.GetAttribute("i");
                if (end is not null && variant is not null && !variant.OpenBegins.Remove(end))
                    Add(Line, Column, $"<ept i=\"{end}\"> has no <bpt i=\"{end}\"> before it in the same <seg>.");
                break;
            case "ph" or "it" or "hi" or "ut" or "sub":
                CollectX();
                break;
        }
    }

    private void Leave(string? elementName = null)
    {
        switch (elementName ?? xml.LocalName)
        {
            case "seg":
                foreach (var open in variant?.OpenBegins ?? [])
                {
                    var (line, column) = variant!.BeginPlaces[open];
                    Add(line, column, $"<bpt i=\"{open}\"> has no <ept i=\"{open}\"> after it in the same <seg>.");
                }
                break;
            case "tuv":
                if (variant is not null) unit?.XValues.Add(variant.XValues);
                variant = null;
                break;
            case "tu":
                if (unit is not null) CheckUnit(unit);
                unit = null;
                break;
        }
    }

    private void CheckUnit(UnitState tu)
    {
        var source = tu.SourceLanguage ?? headerSourceLanguage;
        if (source != TmxHeader.AllLanguages && source.Length > 0 && !tu.Languages.Any(l => LanguageCode.Serves(l, source)))
        {
            Add(tu.Line, tu.Column, $"<tu> has no <tuv> in the source language '{source}' (found: {string.Join(", ", tu.Languages.DefaultIfEmpty("none"))}).");
        }
        var first = tu.XValues.FirstOrDefault();
        if (first is not null && tu.XValues.Any(values => !values.SetEquals(first)))
        {
            var described = string.Join(" / ", tu.XValues.Select(values => "{" + string.Join(",", values.Order(StringComparer.Ordinal)) + "}"));
            Add(tu.Line, tu.Column, $"the x values of the unit's variants differ ({described}); each inline code must have its counterpart.");
        }
    }

    private void CollectX()
    {
        var x = xml.GetAttribute("x");
        if (x is not null) variant?.XValues.Add(x);
    }

    private void CheckAudit()
    {
        foreach (var attribute in DateAttributes)
        {
            var value = xml.GetAttribute(attribute);
            if (value is not null && !TmxDate.TryParse(value, out _))
                Add(Line, Column, $"{attribute}=\"{value}\" is not a real date in TMX format YYYYMMDDThhmmssZ (UTC).");
        }
        var usage = xml.GetAttribute("usagecount");
        if (usage is not null && !int.TryParse(usage, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            Add(Line, Column, $"usagecount=\"{usage}\" is not a number.");
    }

    private void CheckLanguage(string attribute, bool allowAll)
    {
        var value = xml.GetAttribute(attribute);
        if (value is null || (allowAll && value == TmxHeader.AllLanguages)) return;
        if (!LanguageCode.IsValid(value)) Add(Line, Column, $"{attribute}=\"{value}\" is not a BCP 47 language code.");
    }

    private int Line => ((IXmlLineInfo)xml).LineNumber;

    private int Column => ((IXmlLineInfo)xml).LinePosition;

    // a place as the file has it: line 1 after a DOCTYPE we added is that much further left
    private void Add(int line, int column, string message)
    {
        if (docTypeInsertedAt > 0 && line == 1 && column >= docTypeInsertedAt + DocTypeInjector.DocType.Length) column -= DocTypeInjector.DocType.Length;
        problems.Add(new TmxProblem(name, line, column, message));
    }

    private sealed record UnitState(int Line, int Column, string? SourceLanguage)
    {
        public List<string> Languages { get; } = [];

        public List<HashSet<string>> XValues { get; } = [];
    }

    private sealed class VariantState
    {
        public HashSet<string> OpenBegins { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (int Line, int Column)> BeginPlaces { get; } = new(StringComparer.Ordinal);

        public HashSet<string> XValues { get; } = new(StringComparer.Ordinal);
    }
}

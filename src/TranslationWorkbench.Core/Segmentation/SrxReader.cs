using System.Xml;
using System.Xml.Linq;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>Reads SRX 2.0 segmentation rules (the LISA/GALA standard that OmegaT, Okapi and Trados share).</summary>
public static class SrxReader
{
    private static readonly XNamespace Srx = "http://www.lisa.org/srx20";

    public static SegmentationRules Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <param name="name">The file name used in error messages.</param>
    public static SegmentationRules Read(Stream stream, string name)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InvalidInputException($"{name}({e.LineNumber},{e.LinePosition}): not well-formed XML: {e.Message}", e);
        }

        var root = document.Root!;
        if (root.Name != Srx + "srx")
            throw new InvalidInputException($"{name}{Where(root)}: expected an SRX 2.0 <srx> root in namespace {Srx}, found <{root.Name.LocalName}>.");

        var cascade = (string?)root.Element(Srx + "header")?.Attribute("cascade") == "yes";
        var body = root.Element(Srx + "body")
            ?? throw new InvalidInputException($"{name}{Where(root)}: <srx> has no <body>.");

        var languageRules = new Dictionary<string, IReadOnlyList<SegmentationRule>>(StringComparer.Ordinal);
        foreach (var languageRule in body.Elements(Srx + "languagerules").Elements(Srx + "languagerule"))
        {
            var ruleName = Required(languageRule, "languagerulename", name);
            languageRules[ruleName] = languageRule.Elements(Srx + "rule").Select(rule => ReadRule(rule, name)).ToList();
        }

        var maps = body.Elements(Srx + "maprules").Elements(Srx + "languagemap")
            .Select(map => new LanguageMap(Required(map, "languagepattern", name), Required(map, "languagerulename", name)))
            .ToList();
        foreach (var map in maps)
        {
            if (!languageRules.ContainsKey(map.LanguageRuleName))
                throw new InvalidInputException($"{name}: <languagemap> names the rule set '{map.LanguageRuleName}', which no <languagerule> defines.");
        }
        return new SegmentationRules(languageRules, maps, cascade);
    }

    private static SegmentationRule ReadRule(XElement rule, string name)
    {
        // SRX 2.0 §2.6: break defaults to "yes"; either pattern may be absent (matches the empty string).
        var isBreak = (string?)rule.Attribute("break") != "no";
        var before = (string?)rule.Element(Srx + "beforebreak") ?? "";
        var after = (string?)rule.Element(Srx + "afterbreak") ?? "";
        var segmentationRule = new SegmentationRule(isBreak, before, after);
        try
        {
            CompiledRule.Compile(segmentationRule);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException($"{name}{Where(rule)}: the rule's pattern is not a valid regular expression: {e.Message}", e);
        }
        return segmentationRule;
    }

    private static string Required(XElement element, string attribute, string name) =>
        (string?)element.Attribute(attribute)
        ?? throw new InvalidInputException($"{name}{Where(element)}: <{element.Name.LocalName}> needs the attribute {attribute}.");

    private static string Where(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? $"({info.LineNumber},{info.LinePosition})" : "";
}

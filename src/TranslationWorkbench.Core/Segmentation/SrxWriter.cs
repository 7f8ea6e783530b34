using System.Text;
using System.Xml;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>Writes segmentation rules as SRX 2.0, for other tools or for a user to edit.</summary>
public static class SrxWriter
{
    private const string Srx = "http://www.lisa.org/srx20";

    public static void Write(SegmentationRules rules, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("srx", Srx);
        writer.WriteAttributeString("version", "2.0");
        writer.WriteStartElement("header", Srx);
        writer.WriteAttributeString("segmentsubflows", "yes");
        writer.WriteAttributeString("cascade", rules.Cascade ? "yes" : "no");
        writer.WriteEndElement();
        writer.WriteStartElement("body", Srx);
        writer.WriteStartElement("languagerules", Srx);
        foreach (var (name, set) in rules.LanguageRules)
        {
            writer.WriteStartElement("languagerule", Srx);
            writer.WriteAttributeString("languagerulename", name);
            foreach (var rule in set) WriteRule(writer, rule);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteStartElement("maprules", Srx);
        foreach (var map in rules.Maps)
        {
            writer.WriteStartElement("languagemap", Srx);
            writer.WriteAttributeString("languagepattern", map.LanguagePattern);
            writer.WriteAttributeString("languagerulename", map.LanguageRuleName);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteRule(XmlWriter writer, SegmentationRule rule)
    {
        writer.WriteStartElement("rule", Srx);
        writer.WriteAttributeString("break", rule.Break ? "yes" : "no");
        writer.WriteElementString("beforebreak", Srx, rule.BeforeBreak);
        writer.WriteElementString("afterbreak", Srx, rule.AfterBreak);
        writer.WriteEndElement();
    }
}

using System.Xml;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>The attribute names the reader looks for, atomized in its name table so that they compare by reference.</summary>
internal sealed class TmxNames(XmlNameTable table)
{
    public string Xml { get; } = table.Add("xml");

    public string Lang { get; } = table.Add("lang");

    public string TuId { get; } = table.Add("tuid");

    public string SourceLanguage { get; } = table.Add("srclang");

    public string CreationDate { get; } = table.Add("creationdate");

    public string CreationId { get; } = table.Add("creationid");

    public string ChangeDate { get; } = table.Add("changedate");

    public string ChangeId { get; } = table.Add("changeid");

    public string UsageCount { get; } = table.Add("usagecount");

    public string LastUsageDate { get; } = table.Add("lastusagedate");
}

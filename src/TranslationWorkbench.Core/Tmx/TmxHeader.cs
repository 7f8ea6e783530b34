namespace TranslationWorkbench.Core.Tmx;

/// <summary>The &lt;header&gt; of a TMX document (TMX 1.4b §3.1), the attributes the workbench reads and writes.</summary>
public sealed record TmxHeader(
    string CreationTool,
    string CreationToolVersion,
    string SegType,
    string OriginalFormat,
    string AdminLanguage,
    string SourceLanguage,
    string DataType,
    DateTimeOffset? CreationDate = null)
{
    /// <summary>TMX's srclang value meaning "any variant may be the source".</summary>
    public const string AllLanguages = "*all*";

    /// <summary>The version attribute of &lt;tmx&gt; ("1.4", or "1.1" … "1.3" for older files).</summary>
    public string Version { get; init; } = "1.4";
}

namespace TranslationWorkbench.Core.Tmx;

/// <summary>The attributes of a &lt;tu&gt; or &lt;tuv&gt; the reader uses, as written (TMX 1.4b §3.2 and §3.3).</summary>
internal struct TmxAttributes
{
    public string? TuId;
    public string? SourceLanguage;
    public string? XmlLanguage;
    public string? PlainLanguage;
    public string? CreationDate;
    public string? CreationId;
    public string? ChangeDate;
    public string? ChangeId;
    public string? UsageCount;
    public string? LastUsageDate;

    /// <summary>xml:lang, else TMX 1.1's lang.</summary>
    public readonly string? Language => XmlLanguage ?? PlainLanguage;

    public readonly bool HasNoAudit =>
        CreationDate is null && CreationId is null && ChangeDate is null && ChangeId is null && UsageCount is null && LastUsageDate is null;
}

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Who made or changed a &lt;tu&gt; or &lt;tuv&gt; and when, and how often it was used (TMX 1.4b §3.2 attributes).</summary>
public sealed record TmxAudit(
    DateTimeOffset? CreationDate = null,
    string? CreationId = null,
    DateTimeOffset? ChangeDate = null,
    string? ChangeId = null,
    int? UsageCount = null,
    DateTimeOffset? LastUsageDate = null)
{
    public static TmxAudit None { get; } = new();

    /// <summary>This audit with the blanks filled from <paramref name="fallback"/>.</summary>
    public TmxAudit Or(TmxAudit fallback) => fallback == None ? this : this == None ? fallback : new(
        CreationDate ?? fallback.CreationDate,
        CreationId ?? fallback.CreationId,
        ChangeDate ?? fallback.ChangeDate,
        ChangeId ?? fallback.ChangeId,
        UsageCount ?? fallback.UsageCount,
        LastUsageDate ?? fallback.LastUsageDate);
}

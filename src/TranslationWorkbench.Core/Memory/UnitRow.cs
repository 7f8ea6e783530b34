namespace TranslationWorkbench.Core.Memory;

/// <summary>The columns of one new row of the unit table, as stored (times formatted, properties as JSON).</summary>
internal readonly record struct UnitRow(
    long Id,
    string Source,
    string Target,
    long SourceHash,
    long? PreviousHash,
    long? NextHash,
    string Origin,
    string? Document,
    string CreatedBy,
    string CreatedAt,
    string ChangedBy,
    string ChangedAt,
    long UsageCount,
    string? LastUsedAt,
    string? SourceMarkup,
    string? TargetMarkup,
    string? Extra,
    string? TuId);

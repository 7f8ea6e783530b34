namespace TranslationWorkbench.Core.Memory;

/// <summary>A translation unit: a source sentence, its translation, and what is known about where it came from.</summary>
/// <remarks>Markup is the inner XML of a TMX &lt;seg&gt; with inline codes, kept to be written out unchanged; null when the text has none.</remarks>
public sealed record MemoryUnit
{
    public long Id { get; init; }

    public long MemoryId { get; init; }

    public required string Source { get; init; }

    public required string Target { get; init; }

    public UnitOrigin Origin { get; init; } = UnitOrigin.Import;

    public UnitContext Context { get; init; }

    public string? Document { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? ChangedBy { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    public int UsageCount { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public string? SourceMarkup { get; init; }

    public string? TargetMarkup { get; init; }

    public IReadOnlyList<UnitProperty> Properties { get; init; } = [];

    /// <summary>The tuid of the TMX unit it came from, written out again on export; null for a unit made here (its id is its tuid).</summary>
    public string? TuId { get; init; }
}

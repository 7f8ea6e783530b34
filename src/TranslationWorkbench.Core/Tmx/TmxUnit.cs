using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>A &lt;tu&gt;: its variants in file order, its own props and notes, and the line it starts on.</summary>
public sealed record TmxUnit(string? TuId, IReadOnlyList<TmxVariant> Variants, int Line)
{
    /// <summary>The tu's own srclang attribute, if it had one.</summary>
    public string? SourceLanguage { get; init; }

    public IReadOnlyList<UnitProperty> Properties { get; init; } = [];

    public TmxAudit Audit { get; init; } = TmxAudit.None;

    /// <summary>Things in the unit the reader could not use (an unreal date, a non-numeric usagecount), for the import report.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

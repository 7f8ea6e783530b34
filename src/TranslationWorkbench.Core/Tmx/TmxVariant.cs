using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>A &lt;tuv&gt;: one language's text of a unit, as plain text and, when it had inline codes, as &lt;seg&gt; markup.</summary>
/// <param name="Text">The segment's text without inline codes, entities decoded: what matching and display use.</param>
/// <param name="Markup">The inner XML of &lt;seg&gt; when it holds inline codes (bpt, ept, ph, it, hi, ut, sub), else null.</param>
public sealed record TmxVariant(string Language, string Text, string? Markup, int Line)
{
    public IReadOnlyList<UnitProperty> Properties { get; init; } = [];

    public TmxAudit Audit { get; init; } = TmxAudit.None;
}

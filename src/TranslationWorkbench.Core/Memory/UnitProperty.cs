namespace TranslationWorkbench.Core.Memory;

/// <summary>A TMX &lt;prop&gt; or &lt;note&gt; the workbench has no column for, kept so that it goes out again on export.</summary>
/// <param name="Type">The prop's type attribute; null for a note.</param>
/// <param name="Scope">Whether it belonged to the &lt;tu&gt; or to the source or target &lt;tuv&gt;.</param>
/// <param name="Language">xml:lang of the prop or note, if it had one.</param>
public sealed record UnitProperty(string? Type, string Value, PropertyScope Scope = PropertyScope.Unit, string? Language = null)
{
    public bool IsNote => Type is null;
}

namespace TranslationWorkbench.Core.Memory;

/// <summary>Which element of a TMX unit a property belongs to.</summary>
public enum PropertyScope
{
    Unit,
    Source,
    Target,
}

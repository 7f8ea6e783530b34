using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The source segments around a unit where it was translated, as match-key hashes; a context (101%) match needs both to agree.</summary>
public readonly record struct UnitContext(long? Previous, long? Next)
{
    public static UnitContext None => default;

    public bool IsKnown => Previous is not null || Next is not null;

    /// <summary>The context of a sentence between two others (null at the start or end of a document).</summary>
    public static UnitContext Between(string? previousSource, string? nextSource) =>
        new(previousSource is null ? null : TextHash.OfKey(previousSource), nextSource is null ? null : TextHash.OfKey(nextSource));
}

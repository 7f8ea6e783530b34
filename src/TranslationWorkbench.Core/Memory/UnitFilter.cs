namespace TranslationWorkbench.Core.Memory;

/// <summary>Which units of a memory to read: those from one document, those changed since a time, or all.</summary>
public sealed record UnitFilter(string? Document = null, DateTimeOffset? ChangedSince = null)
{
    public static UnitFilter All { get; } = new();
}

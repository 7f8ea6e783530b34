namespace TranslationWorkbench.Core.Memory;

/// <summary>What adding a unit did: inserted it, or merged it into a unit with the same source and target.</summary>
public readonly record struct UnitAdded(long Id, bool Merged);

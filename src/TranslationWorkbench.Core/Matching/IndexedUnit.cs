namespace TranslationWorkbench.Core.Matching;

/// <summary>A unit as the fuzzy index sees it: its id, its memory and its match tokens.</summary>
public readonly record struct IndexedUnit(long UnitId, long MemoryId, string[] Tokens);

namespace TranslationWorkbench.Core.Matching;

/// <summary>What kind of memory match: the same source in the same context (101%), the same source (100%), or a fuzzy one.</summary>
public enum MatchKind
{
    Context,
    Exact,
    Fuzzy,
}

namespace TranslationWorkbench.Core.Translation;

/// <summary>The bands an analysis counts segments and words in: what translators are paid by.</summary>
public enum MatchBand
{
    Context,
    Exact,
    NearExact,
    High,
    Medium,
    Low,
    NoMatch,
    Repetition,
}

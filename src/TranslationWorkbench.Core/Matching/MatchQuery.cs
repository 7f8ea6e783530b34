using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>What to look up: a source sentence, where it stands (for context matches) and its inline codes, if it has any.</summary>
public sealed record MatchQuery(string Text, UnitContext Context = default, string? Markup = null);

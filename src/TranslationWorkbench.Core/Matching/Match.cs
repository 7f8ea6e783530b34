using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>A memory unit that matches a text: how well, why not 100%, and word by word what differs.</summary>
/// <param name="Penalties">What keeps a match with the same words from 100%: "diacritics", "letter forms", "digits", …, "inline codes".</param>
/// <param name="Numbers">Set when the numbers of the text and of the match's source differ.</param>
/// <param name="Diff">The match's source (old) turned into the text (new), word by word.</param>
public sealed record Match(
    MatchKind Kind,
    int Score,
    MemoryUnit Unit,
    IReadOnlyList<string> Penalties,
    NumberDifference? Numbers,
    IReadOnlyList<DiffOperation> Diff)
{
    /// <summary>
    /// For a fuzzy match, the kinds of spelling difference (digit shapes, letter forms…) in words the diff shows
    /// replaced but that are the same words: they cost nothing. Empty for the others, whose penalties say it.
    /// </summary>
    public IReadOnlyList<string> SpellingOnly { get; init; } = [];
}

using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Scores two texts whose match keys are equal but whose text is not: 100 less one point for each kind of
/// difference the key forgot, never below 95 (memoQ's "nearly exact" band), never 100. Texts whose words are the
/// same and only their punctuation differs (a missing ؟ or full stop) are in that band too, as in memoQ's
/// (<see cref="SameWords"/>).
/// </summary>
public static class NearExact
{
    public const int Highest = 99;
    public const int Lowest = 95;

    private static readonly (TextFolds Fold, string Name)[] Kinds =
    [
        (TextFolds.Diacritics, "diacritics"),
        (TextFolds.LetterForms, "letter forms"),
        (TextFolds.Tatweel, "tatweel"),
        (TextFolds.Digits, "digit shapes"),
        (TextFolds.Case, "case"),
        (TextFolds.Invisible, "invisible characters"),
        (TextFolds.Spacing, "spacing"),
    ];

    /// <summary>The kinds of difference between two texts with the same match key, in a fixed order.</summary>
    public static IReadOnlyList<string> Differences(string text, string other)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        var found = new List<string>();
        foreach (var (fold, name) in Kinds)
        {
            // everything folded but this kind: if the texts still differ, this kind is one of their differences
            var allBut = TextFolds.All & ~fold;
            var (tokens, gaps) = Pieces(MatchKey.Fold(text, allBut));
            var (otherTokens, otherGaps) = Pieces(MatchKey.Fold(other, allBut));
            var differ = fold == TextFolds.Spacing
                ? !gaps.SequenceEqual(otherGaps)
                : !tokens.SequenceEqual(otherTokens) || !gaps.Select(WithoutSpace).SequenceEqual(otherGaps.Select(WithoutSpace));
            if (differ) found.Add(name);
        }
        return found;
    }

    /// <summary>
    /// The kinds of difference in the words a diff replaces by the same words spelt otherwise (2020 by ٢٠٢٠, لافتاً إلى
    /// by لافتا الى): in a fuzzy match they cost nothing, and are named so that a translator does not take them for
    /// changes. In a fixed order.
    /// </summary>
    public static IReadOnlyList<string> InRespelledWords(IReadOnlyList<Diff.DiffOperation> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < diff.Count; i++)
        {
            var (first, second) = (diff[i], diff[i + 1]);
            if (first.Kind == second.Kind || first.Kind == Diff.DiffKind.Equal || second.Kind == Diff.DiffKind.Equal) continue;
            // white space alone is no word spelt otherwise
            var key = MatchKey.Of(first.Text);
            if (key.Length == 0 || !string.Equals(key, MatchKey.Of(second.Text), StringComparison.Ordinal)) continue;
            found.UnionWith(Differences(first.Text, second.Text));
        }
        return Kinds.Select(kind => kind.Name).Where(found.Contains).ToList();
    }

    // what is left of a gap between tokens without its white space: invisible characters, say
    private static string WithoutSpace(string gap) => string.Concat(gap.Where(c => !ArabicLetters.IsSpace(c)));

    // The tokens of a text and the white space between them: "ديالى ؟" and "ديالى؟" differ in spacing only.
    private static (List<string> Tokens, List<string> Gaps) Pieces(string text)
    {
        var tokens = new List<string>();
        var gaps = new List<string>();
        var position = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            gaps.Add(text[position..token.Start]);
            tokens.Add(token.TextIn(text));
            position = token.End;
        }
        gaps.Add(text[position..]);
        return (tokens, gaps);
    }

    public static int Score(int differences) => Math.Clamp(100 - differences, Lowest, Highest);
}

using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>A text's words, for telling which of many others differ from it in punctuation only.</summary>
/// <remarks>
/// Most candidates of a search differ in their words: counting letters and digits (no allocation) turns them away
/// before any key is made. Marks, tatweel and invisible characters are not counted, since the key forgets them.
/// </remarks>
public sealed class SameWords(string text)
{
    private readonly int letters = Letters(text);
    private List<string>? words;

    /// <summary>
    /// The kinds of difference from a text whose words (match-key tokens that are not punctuation) are the same but
    /// whose punctuation is not, "punctuation" last; null when their words differ.
    /// </summary>
    /// <remarks>The words are compared as they stand, one space apart, so space around a missing mark is not a second kind.</remarks>
    public IReadOnlyList<string>? PunctuationOnly(string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Letters(other) != letters) return null;
        words ??= Words(MatchKey.Of(text));
        if (!Words(MatchKey.Of(other)).SequenceEqual(words, StringComparer.Ordinal)) return null;
        var found = NearExact.Differences(string.Join(' ', Words(text)), string.Join(' ', Words(other))).ToList();
        found.Add("punctuation");
        return found;
    }

    private static List<string> Words(string text) =>
        Tokenizer.Tokenize(text).Where(token => token.Kind != TokenKind.Punctuation).Select(token => token.TextIn(text)).ToList();

    private static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text) if (char.IsLetterOrDigit(c) && c != ArabicLetters.Tatweel) count++;
        return count;
    }
}

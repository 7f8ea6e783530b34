using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>A text's words, for telling which of many others differ from it in punctuation only.</summary>
/// <remarks>
/// Most candidates of a search differ in their words: counting letters and digits (no allocation) turns them away
/// before any key is made. Marks, tatweel and invisible characters are not counted, since the key forgets them.
/// </remarks>
public sealed class SameWords(string text)
{
    /// <summary>The name of the difference in question marks among a match's penalties.</summary>
    public const string QuestionMark = "question mark";

    private readonly int letters = Letters(text);
    private string? key;
    private List<string>? words;

    /// <summary>How many question marks (? or ؟) a text has.</summary>
    /// <remarks>The match key keeps the two apart: one for the other is a difference of punctuation, not of question.</remarks>
    public static int QuestionMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(c => c is '?' or '؟');
    }

    /// <summary>
    /// The kinds of difference from a text whose words (match-key tokens that are not punctuation) are the same but
    /// whose punctuation is not, "question mark" and "punctuation" last; null when their words differ.
    /// </summary>
    /// <remarks>
    /// The words are compared as they stand, one space apart, so space around a missing mark is not a second kind.
    /// A question mark that one has and the other has not is named apart: it may make a statement a question, whose
    /// English is built otherwise ("Your support has increased." / "Has your support increased?"), so a translator
    /// must see it rather than a bare "punctuation" (pre-translation lists such drafts to check).
    /// </remarks>
    public IReadOnlyList<string>? PunctuationOnly(string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Letters(other) != letters) return null;
        key ??= MatchKey.Of(text);
        words ??= Words(key);
        var otherKey = MatchKey.Of(other);
        if (!Words(otherKey).SequenceEqual(words, StringComparer.Ordinal)) return null;
        var found = NearExact.Differences(string.Join(' ', Words(text)), string.Join(' ', Words(other))).ToList();
        if (QuestionMarks(key) == QuestionMarks(otherKey))
        {
            found.Add("punctuation");
            return found;
        }
        // a full stop or ! that a ؟ replaced is the same difference; other marks are more
        found.Add(QuestionMark);
        if (!Marks(key).Where(mark => !Terminal(mark)).SequenceEqual(Marks(otherKey).Where(mark => !Terminal(mark)), StringComparer.Ordinal)) found.Add("punctuation");
        return found;
    }

    private static List<string> Words(string text) => Tokens(text, punctuation: false);

    private static List<string> Marks(string text) => Tokens(text, punctuation: true);

    private static List<string> Tokens(string text, bool punctuation) =>
        Tokenizer.Tokenize(text).Where(token => token.Kind == TokenKind.Punctuation == punctuation).Select(token => token.TextIn(text)).ToList();


    // the marks that end a sentence (as the segmenter's rules have them)
    private static bool Terminal(string mark) => mark is "." or "!" or "?" or "؟" or "…" or "۔";

    private static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text) if (char.IsLetterOrDigit(c) && c != ArabicLetters.Tatweel) count++;
        return count;
    }
}

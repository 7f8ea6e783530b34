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

    /// <summary>As <see cref="NearExact.PunctuationOnly"/>: the kinds of difference, "punctuation" last, or null when the words differ.</summary>
    public IReadOnlyList<string>? PunctuationOnly(string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Letters(other) != letters) return null;
        words ??= NearExact.Words(MatchKey.Of(text));
        if (!NearExact.Words(MatchKey.Of(other)).SequenceEqual(words, StringComparer.Ordinal)) return null;
        var found = NearExact.Differences(string.Join(' ', NearExact.Words(text)), string.Join(' ', NearExact.Words(other))).ToList();
        found.Add("punctuation");
        return found;
    }

    private static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text) if (char.IsLetterOrDigit(c) && c != ArabicLetters.Tatweel) count++;
        return count;
    }
}

using System.Collections.Frozen;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Folds English inflections (plural -s, -es, -ies; -ed, -ing; possessive 's) so that a dictionary's headword meets the text's word form.</summary>
/// <remarks>
/// Deliberately lighter than Porter: lexicon matching needs "attacks"/"attacked" to meet "attack", not a
/// linguistic root, and every extra rule conflates unrelated words. Input is lower-case (a match key).
/// </remarks>
internal static class EnglishStemmer
{
    // Function words carry no evidence of which sentence translates which: they are in nearly every sentence.
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "into", "about", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "he", "she", "they", "we", "you",
        "i", "his", "her", "their", "our", "your", "my", "him", "them", "us", "me", "who", "whom", "which", "what",
        "there", "here", "so", "also", "will", "would", "can", "could", "may", "might", "should", "must", "said",
        "up", "out", "over", "after", "before", "all", "some", "any", "one", "more", "most", "very", "just", "s",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word[..^2];
        var stem = WithoutEnding(word);
        // A final silent e comes and goes with the ending ("base", "based", "basing"): drop it everywhere.
        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static string WithoutEnding(string word)
    {
        if (word.Length > 4 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
            return word[..^3] + "y";
        if (word.Length > 5 && word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)) return Undouble(word[..^3]);
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) return Undouble(word[..^2]);
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    // "stopped" → "stopp" → "stop", so that it meets "stop"; "called" keeps its "ll".
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}

using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Finds a phrase in a text by match-key tokens, so that diacritics, hamza forms, tatweel, digit shapes and case do not hide it.</summary>
public static class PhraseFinder
{
    /// <summary>Where the phrase's tokens stand in a row in <paramref name="text"/>, or null.</summary>
    public static TextSpan? Find(string text, string[] phrase) =>
        Find(text, (phrase ?? throw new ArgumentNullException(nameof(phrase))).Select(token => new[] { token }).ToArray());

    /// <summary>Where the phrase stands in <paramref name="text"/>, each of its words in one of the forms given for it, or null.</summary>
    public static TextSpan? Find(string text, string[][] phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0) return null;
        var raw = Tokenizer.Tokenize(text);
        var keys = MatchTokens.Of(text);
        // the key's tokens are the raw text's tokens folded one by one
        if (keys.Length != raw.Count) return null;
        var start = TokenRun.IndexOf<string>(keys, phrase);
        return start < 0 ? null : new TextSpan(raw[start].Start, raw[start + phrase.Length - 1].End - raw[start].Start);
    }
}

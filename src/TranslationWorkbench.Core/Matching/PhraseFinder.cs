using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Finds a phrase in a text by match-key tokens, so that diacritics, hamza forms, tatweel, digit shapes and case do not hide it.</summary>
public static class PhraseFinder
{
    /// <summary>Where the phrase's tokens stand in a row in <paramref name="text"/>, or null.</summary>
    public static TextSpan? Find(string text, string[] phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0) return null;
        var raw = Tokenizer.Tokenize(text);
        var keys = MatchTokens.Of(text);
        // the key's tokens are the raw text's tokens folded one by one
        if (keys.Length != raw.Count) return null;
        for (var start = 0; start + phrase.Length <= keys.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++) all = string.Equals(keys[start + i], phrase[i], StringComparison.Ordinal);
            if (all) return new TextSpan(raw[start].Start, raw[start + phrase.Length - 1].End - raw[start].Start);
        }
        return null;
    }
}

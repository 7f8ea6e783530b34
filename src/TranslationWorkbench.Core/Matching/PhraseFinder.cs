using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Finds a phrase in a text by match-key tokens, so that diacritics, hamza forms, tatweel, digit shapes and case do not hide it.</summary>
public static class PhraseFinder
{
    /// <summary>Every place the phrase's tokens stand in a row in <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextSpan> FindAll(string text, string[] phrase) =>
        FindAll(text, (phrase ?? throw new ArgumentNullException(nameof(phrase))).Select(token => new[] { token }).ToArray());

    /// <summary>Every place the phrase stands in <paramref name="text"/>, first to last, none overlapping.</summary>
    public static IReadOnlyList<TextSpan> FindAll(string text, string[][] phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0) return [];
        var raw = Tokenizer.Tokenize(text);
        var keys = MatchTokens.Of(text);
        // the key's tokens are the raw text's tokens folded one by one
        if (keys.Length != raw.Count) return [];
        var found = new List<TextSpan>();
        for (var start = TokenRun.IndexOf<string>(keys, phrase); start >= 0; start = TokenRun.IndexOf<string>(keys, phrase, start + phrase.Length))
        {
            found.Add(new TextSpan(raw[start].Start, raw[start + phrase.Length - 1].End - raw[start].Start));
        }
        return found;
    }
}

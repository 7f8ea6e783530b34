using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>The tokens matching compares: the tokens of a text's match key, punctuation included.</summary>
public static class MatchTokens
{
    public static string[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = MatchKey.Of(text);
        var tokens = Tokenizer.Tokenize(key);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens[i].TextIn(key);
        return words;
    }
}

namespace TranslationWorkbench.Core.Text;

/// <summary>Words as translators are paid by them: words and numbers count, punctuation does not.</summary>
public static class WordCount
{
    public static int Of(string text) => Tokenizer.Tokenize(text).Count(token => token.Kind != TokenKind.Punctuation);
}

namespace TranslationWorkbench.Core.Text;

/// <summary>What a token is: a word, a number, or one punctuation or symbol character.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

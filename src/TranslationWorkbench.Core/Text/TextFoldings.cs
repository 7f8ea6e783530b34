namespace TranslationWorkbench.Core.Text;

/// <summary>Which fold removes a character, and what a character folds to under a set of folds.</summary>
internal static class TextFoldings
{
    public static TextFolds RemovedBy(char c)
    {
        if (c == ArabicLetters.Tatweel) return TextFolds.Tatweel;
        if (!ArabicLetters.IsIgnorable(c)) return TextFolds.None;
        return c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED')
            ? TextFolds.Diacritics
            : TextFolds.Invisible;
    }

    public static char Fold(char c, TextFolds folds)
    {
        if (c < '\u0080') return (folds & TextFolds.Case) != 0 && c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        if (c is >= '\u0600' and <= '\u06FF')
        {
            var folded = ArabicLetters.Fold(c);
            if (folded == c) return c;
            var kind = char.IsAsciiDigit(folded) || folded is '.' or ',' ? TextFolds.Digits : TextFolds.LetterForms;
            return (folds & kind) != 0 ? folded : c;
        }
        return (folds & TextFolds.Case) != 0 ? char.ToLowerInvariant(c) : c;
    }
}

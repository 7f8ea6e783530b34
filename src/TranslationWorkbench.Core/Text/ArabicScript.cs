namespace TranslationWorkbench.Core.Text;

/// <summary>Whether a text is written in Arabic script at all: catches the English file given where the Arabic one belongs, and the reverse.</summary>
public static class ArabicScript
{
    /// <summary>True when a text said to be Arabic has not a single Arabic letter: the wrong file, or the files swapped.</summary>
    public static bool IsMissingFrom(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageCode.Primary(language) == "ar" && !HasArabicLetter(text);
    }

    /// <summary>True when a text said to be in a Latin-script language (English…) has more Arabic letters than Latin ones: the Arabic file given twice, or in the translation's place.</summary>
    public static bool IsArabicInsteadOf(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsArabicScriptLanguage(LanguageCode.Primary(language)) || !HasArabicLetter(text)) return false;
        var (arabic, latin) = (0, 0);
        foreach (var c in text)
        {
            if (IsArabicLetter(c)) arabic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
        }
        return arabic > latin;
    }

    /// <summary>True when the text holds at least one Arabic-script letter (not a digit, a mark or a sign: a date in Arabic-Indic digits has none).</summary>
    public static bool HasArabicLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (IsArabicLetter(c)) return true;
        return false;
    }

    private static bool IsArabicLetter(char c) =>
        (c is >= '\u0620' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFC') && char.IsLetter(c);

    // languages written in Arabic script, for which Arabic letters in the text are right
    private static bool IsArabicScriptLanguage(string primary) => primary is "ar" or "fa" or "ur" or "ps" or "ckb" or "sd" or "ug" or "ku" or "prs";
}

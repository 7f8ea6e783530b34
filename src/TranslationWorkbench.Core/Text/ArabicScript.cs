namespace TranslationWorkbench.Core.Text;

/// <summary>Whether a text is written in Arabic script at all: catches the English file given where the Arabic one belongs.</summary>
public static class ArabicScript
{
    /// <summary>True when a text said to be Arabic has not a single Arabic letter: the wrong file, or the files swapped.</summary>
    public static bool IsMissingFrom(string text, string language) =>
        LanguageCode.Primary(language) == "ar" && !text.AsSpan().ContainsAnyInRange('\u0620', '\u06FF')
        && !text.AsSpan().ContainsAnyInRange('\u0750', '\u077F') && !text.AsSpan().ContainsAnyInRange('\uFB50', '\uFEFC');
}

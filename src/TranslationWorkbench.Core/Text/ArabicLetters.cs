using System.Globalization;

namespace TranslationWorkbench.Core.Text;

/// <summary>Character classes and foldings for Arabic script and the invisible characters that come with it.</summary>
public static class ArabicLetters
{
    public const char Tatweel = '\u0640';

    /// <summary>True for Arabic letters (not digits, not punctuation, not marks).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u063F') or (>= '\u0641' and <= '\u064A')
            or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FC') or '\u06FF'
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9');

    /// <summary>Characters the match key drops: Arabic combining marks, tatweel, bidi controls, joiners.</summary>
    public static bool IsIgnorable(char c) => c switch
    {
        // harakat U+064B–U+0652 and the rest of the Arabic combining marks up to U+065F
        >= '\u064B' and <= '\u065F' => true,
        // superscript alef; Quranic annotation marks
        '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06DC') => true,
        (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8' or (>= '\u06EA' and <= '\u06ED') => true,
        Tatweel => true,
        // bidi marks and embeddings/overrides/isolates (Unicode UAX #9), Arabic letter mark
        '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        // ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen
        '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => true,
        _ => false,
    };

    /// <summary>White space of every kind, NBSP and the Unicode space separators included.</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00A0' or '\u0085' or '\u2028' or '\u2029'
        || (c > '\u00FF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    /// <summary>Folds one character of the Arabic block (U+0600–U+06FF) for the match key.</summary>
    public static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // أ إ آ ٱ → ا
        '\u0649' => '\u064A', // ى → ي
        '\u0629' => '\u0647', // ة → ه
        '\u06CC' => '\u064A', // Persian yeh ی → ي
        '\u06A9' => '\u0643', // Persian keheh ک → ك
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // extended (Persian) digits
        '\u066B' => '.', // Arabic decimal separator
        '\u066C' => ',', // Arabic thousands separator
        _ => c,
    };
}

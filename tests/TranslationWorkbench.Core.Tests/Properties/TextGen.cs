using CsCheck;

namespace TranslationWorkbench.Core.Tests.Properties;

/// <summary>Generators of the text the workbench meets: Arabic with its marks and digits, Latin, punctuation of both scripts, every kind of space and line end, bidi controls, astral characters.</summary>
internal static class TextGen
{
    private static readonly string[] Pieces =
    [
        // Arabic letters, hamza forms, alef maqsura, ta marbuta, Persian letters
        "ا", "ب", "ت", "ث", "ج", "ح", "د", "ر", "س", "ع", "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "أ", "إ", "آ", "ٱ", "ى", "ة", "ی", "ک", "ؤ", "ئ",
        // whole words, harakat, tatweel, superscript alef
        "داعش", "العراق", "التحالف", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "ـ", "\u0670",
        // digits of three shapes, separators
        "0", "7", "2020", "٠", "٧", "٢٠٢٠", "۳", "٫", "٬", "3.5", "10,000",
        // Latin
        "a", "Z", "ISIS", "Mr.", "U.S.", "e.g.", "The", "rudaw.net",
        // punctuation of both scripts
        ".", "!", "?", "؟", "،", "؛", "…", "...", "\"", "'", "»", "«", ")", "(", "]", ":", "-", "–", "<", ">", "&",
        // spaces and line ends
        " ", " ", " ", "  ", "\u00A0", "\t", "\n", "\r\n", "\r", "\n\n", "\u2003",
        // bidi controls, joiners, BOM, soft hyphen
        "\u200E", "\u200F", "\u061C", "\u202B", "\u202C", "\u202E", "\u2067", "\u2069", "\u200C", "\u200D", "\uFEFF", "\u00AD",
        // astral characters (surrogate pairs)
        "😀", "𝐀",
    ];

    /// <summary>Text of 0 to <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Text(int maxPieces = 60) =>
        Gen.Int[0, Pieces.Length - 1].Array[0, maxPieces].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

    /// <summary>Text with at least one character that is not white space, and none that XML 1.0 cannot carry.</summary>
    public static Gen<string> Segment(int maxPieces = 30) =>
        Text(maxPieces).Where(text => !string.IsNullOrWhiteSpace(text));
}

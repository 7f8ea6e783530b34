namespace TranslationWorkbench.Core.Text;

/// <summary>
/// The match key's every-fold rules precomputed for U+0000–U+07FF (Latin, Arabic, Arabic Supplement), so that the
/// key of a million-unit import costs a table lookup a character; other characters take the rules themselves.
/// </summary>
internal static class MatchKeyTable
{
    /// <summary>What <see cref="Fold"/> gives for a character the key drops.</summary>
    public const char Removed = '\uFFFF';

    /// <summary>What <see cref="Fold"/> gives for white space (runs of it become one space).</summary>
    public const char Space = '\uFFFE';

    private const int Size = 0x0800;

    // through the currency symbols, short of the combining marks for symbols (U+20D0)
    private const int ComposedSize = 0x20D0;

    private const char FirstHaraka = '\u064B'; // fathatan

    private const char LastHaraka = '\u0652'; // sukun

    private static readonly char[] Folds = Build();

    // Characters that never change under NFC and never combine with a neighbour: everything below the combining
    // diacritics (U+0300), the Arabic block but for its combining marks (those sort and compose), and the general
    // punctuation and currency signs (’ “ – €) but for U+2000 and U+2001, which NFC turns into U+2002 and U+2003.
    private static readonly bool[] Composed = BuildComposed();

    /// <summary>The character in the key, <see cref="Removed"/> or <see cref="Space"/>.</summary>
    public static char Fold(char c) => c < Size ? Folds[c] : FoldByRules(c);

    /// <summary>True when the text is NFC without asking ICU (false only means "ask").</summary>
    /// <remarks>
    /// Arabic harakat (U+064B–U+0652) compose with nothing, and their combining classes (27–34) rise with their
    /// code points: a run of them in rising order is already in canonical order. A fifth of the sentences of a news
    /// memory carry one (tanwin, shadda), and asking ICU about each of them cost a million-unit import 0.1 s.
    /// </remarks>
    public static bool IsSurelyComposed(string text)
    {
        var previousMark = '\0';
        foreach (var c in text)
        {
            if (c < ComposedSize && Composed[c]) previousMark = '\0';
            else if (c is >= FirstHaraka and <= LastHaraka && c >= previousMark) previousMark = c;
            else return false;
        }
        return true;
    }

    private static char FoldByRules(char c)
    {
        if (TextFoldings.RemovedBy(c) != TextFolds.None) return Removed;
        if (ArabicLetters.IsSpace(c)) return Space;
        return TextFoldings.Fold(c, TextFolds.All);
    }

    private static char[] Build()
    {
        var table = new char[Size];
        for (var c = 0; c < Size; c++) table[c] = FoldByRules((char)c);
        return table;
    }

    private static bool[] BuildComposed()
    {
        var table = new bool[ComposedSize];
        for (var c = 0; c < ComposedSize; c++)
        {
            var ch = (char)c;
            table[c] = c < 0x0300
                || (c is >= 0x0600 and <= 0x06FF && c is not (>= 0x0653 and <= 0x0655) && TextFoldings.RemovedBy(ch) != TextFolds.Diacritics)
                || c is >= 0x2002 and < ComposedSize;
        }
        return table;
    }
}

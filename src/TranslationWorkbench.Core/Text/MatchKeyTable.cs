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

    private static readonly char[] Folds = Build();

    // Characters below U+0800 that never change under NFC and never combine with a neighbour: everything below the
    // combining diacritics (U+0300), and the Arabic block but for its combining marks (those sort and compose).
    private static readonly bool[] Composed = BuildComposed();

    /// <summary>The character in the key, <see cref="Removed"/> or <see cref="Space"/>.</summary>
    public static char Fold(char c) => c < Size ? Folds[c] : FoldByRules(c);

    /// <summary>True when the text is NFC without asking ICU (false only means "ask").</summary>
    public static bool IsSurelyComposed(string text)
    {
        foreach (var c in text)
        {
            if (c >= Size || !Composed[c]) return false;
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
        var table = new bool[Size];
        for (var c = 0; c < Size; c++)
        {
            var ch = (char)c;
            table[c] = c < 0x0300 || (c is >= 0x0600 and <= 0x06FF && c is not (>= 0x0653 and <= 0x0655) && TextFoldings.RemovedBy(ch) != TextFolds.Diacritics);
        }
        return table;
    }
}

using System.Buffers;
using System.Text;

namespace TranslationWorkbench.Core.Text;

/// <summary>Turns text into the key that matching compares; the stored and displayed text is never changed.</summary>
/// <remarks>
/// What the key forgets, and why:
/// hamza seats and alef variants (أ إ آ ٱ → ا), alef maqsura (ى → ي) and ta marbuta (ة → ه) are spelled
/// inconsistently in real Arabic text; Persian ی and ک are typed by Persian keyboards; tatweel, harakat and
/// the other Arabic combining marks are typography; Arabic-Indic digits are the same numbers; bidi controls,
/// ZWJ/ZWNJ and soft hyphens are invisible; every kind of space is one space; Latin case is folded.
/// </remarks>
public static class MatchKey
{
    /// <summary>The match key of <paramref name="text"/>.</summary>
    public static string Of(string text) => Fold(text, TextFolds.All);

    /// <summary><paramref name="text"/> with only the given folds applied (NFC always): what tells two near-identical texts apart.</summary>
    public static string Fold(string text, TextFolds folds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = Compose(text);
        var buffer = ArrayPool<char>.Shared.Rent(composed.Length);
        try
        {
            var length = folds == TextFolds.All ? FoldAll(composed, buffer) : Fold(composed, buffer, folds);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The match key of <paramref name="text"/> in <paramref name="buffer"/> (grown when it is too short): the key
    /// without a string of its own, for the hot paths. Valid until the buffer is used again.
    /// </summary>
    public static ReadOnlySpan<char> Into(string text, ref char[] buffer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = Compose(text);
        if (buffer is null || buffer.Length < composed.Length) buffer = new char[Math.Max(composed.Length, 256)];
        return buffer.AsSpan(0, FoldAll(composed, buffer));
    }

    private static string Compose(string text) =>
        MatchKeyTable.IsSurelyComposed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    // Every fold: table lookups for the scripts of our texts, the general rules for the rest.
    private static int FoldAll(string text, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = MatchKeyTable.Fold(c);
            if (folded == MatchKeyTable.Removed) continue;
            if (folded == MatchKeyTable.Space)
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }
            output[length++] = folded;
        }
        return length;
    }

    private static int Fold(string text, Span<char> output, TextFolds folds)
    {
        var length = 0;
        var pendingSpace = false;
        var collapse = (folds & TextFolds.Spacing) != 0;
        foreach (var c in text)
        {
            var removed = TextFoldings.RemovedBy(c);
            if (removed != TextFolds.None && (folds & removed) != 0) continue;
            if (collapse && ArabicLetters.IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }
            output[length++] = TextFoldings.Fold(c, folds);
        }
        return length;
    }
}

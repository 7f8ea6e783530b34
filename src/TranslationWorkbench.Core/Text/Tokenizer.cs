using System.Globalization;

namespace TranslationWorkbench.Core.Text;

/// <summary>Cuts text into words, numbers and punctuation; each punctuation character (، ؛ ؟ included) is a token of its own.</summary>
/// <remarks>
/// Characters the match key drops (harakat, tatweel, bidi controls, joiners) stay inside the word they sit in,
/// so tokenising a text and then folding each token gives the same tokens as tokenising its match key.
/// Inside a number, "3.5", "10,000" and "٣٫٥" stay whole; inside a word, an apostrophe between letters does
/// ("don't", "Qur’an").
/// </remarks>
public static class Tokenizer
{
    // Latin, Arabic and Arabic Supplement from a table: the Unicode category lookups cost more than the rest of tokenising.
    private static readonly CharClass[] Classes = BuildClasses();

    [Flags]
    private enum CharClass : byte
    {
        None = 0,
        Word = 1,
        Digit = 2,
        Arabic = 4,
        Ignorable = 8,
        Space = 16,
    }

    private enum Script { Arabic, Digit, Other }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="text"/> to <paramref name="tokens"/>: no list of its own, for the hot paths.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = ClassOf(c);
            if ((kind & CharClass.Word) != 0)
            {
                var start = i;
                var isNumber = (kind & CharClass.Digit) != 0;
                var script = ScriptOf(kind);
                i++;
                while (i < text.Length)
                {
                    var next = ClassOf(text[i]);
                    if ((next & CharClass.Ignorable) != 0) i++;
                    else if ((next & CharClass.Word) != 0 && CanJoin(script, ScriptOf(next)))
                    {
                        isNumber &= (next & CharClass.Digit) != 0;
                        script = ScriptOf(next);
                        i++;
                    }
                    else if (JoinsAt(text, i, isNumber)) i++;
                    else break;
                }
                var end = TrimIgnorableEnd(text, start, i);
                tokens.Add(new Token(start, end - start, isNumber ? TokenKind.Number : TokenKind.Word));
            }
            else if ((kind & (CharClass.Space | CharClass.Ignorable)) != 0) i++;
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, length, TokenKind.Punctuation));
                i += length;
            }
        }
    }

    /// <summary>The tokens' texts, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var tokens = Tokenize(text);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = tokens[i].TextIn(text);
        return words;
    }

    /// <summary>Letters, marks and digits of any script, the tatweel included.</summary>
    public static bool IsWordChar(char c) => (ClassOf(c) & CharClass.Word) != 0;

    private static CharClass ClassOf(char c) => c < Classes.Length ? Classes[c] : Classify(c);

    private static CharClass[] BuildClasses()
    {
        var table = new CharClass[0x0800];
        for (var c = 0; c < table.Length; c++) table[c] = Classify((char)c);
        return table;
    }

    private static CharClass Classify(char c) =>
        (IsWordCharByCategory(c) ? CharClass.Word : CharClass.None)
        | (char.IsDigit(c) ? CharClass.Digit : CharClass.None)
        | (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' ? CharClass.Arabic : CharClass.None)
        | (ArabicLetters.IsIgnorable(c) ? CharClass.Ignorable : CharClass.None)
        | (ArabicLetters.IsSpace(c) ? CharClass.Space : CharClass.None);

    private static bool IsWordCharByCategory(char c)
    {
        if (c < '\u0080') return char.IsAsciiLetterOrDigit(c);
        if (c == ArabicLetters.Tatweel) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    private static Script ScriptOf(CharClass kind) =>
        (kind & CharClass.Digit) != 0 ? Script.Digit : (kind & CharClass.Arabic) != 0 ? Script.Arabic : Script.Other;

    // "طائراتF16" and "2020م" are two words each (a space went missing), "F16" and "COVID-19"'s "19" are not split.
    private static bool CanJoin(Script previous, Script next) =>
        previous == next || (previous != Script.Arabic && next != Script.Arabic);

    // A separator character that joins what is on its two sides into one token.
    private static bool JoinsAt(ReadOnlySpan<char> text, int i, bool inNumber)
    {
        if (i + 1 >= text.Length) return false;
        var separator = text[i];
        var next = text[i + 1];
        if (inNumber) return separator is '.' or ',' or '\u066B' or '\u066C' && char.IsDigit(next);
        return separator is '\'' or '\u2019' && char.IsLetter(text[i - 1]) && char.IsLetter(next);
    }

    private static int TrimIgnorableEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start + 1 && (ClassOf(text[end - 1]) & (CharClass.Ignorable | CharClass.Word)) == CharClass.Ignorable) end--;
        return end;
    }
}

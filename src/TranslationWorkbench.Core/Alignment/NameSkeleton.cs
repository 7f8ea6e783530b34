using System.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// The consonant skeleton of a name, comparable across scripts: كاكينز and Caggins both give "KNS", الموصل (its
/// article cut) and Mosul "MSL". Names are the words that survive translation best, and no dictionary lists them.
/// </summary>
/// <remarks>
/// Transliteration between Arabic and English keeps consonants and loses vowels, so both sides are reduced to
/// classes of consonants that transliteration maps onto each other (Arabic has no p or v, and writes g as ك, ج
/// or غ; t and d sounds spread over ت ط د ض ث ذ); vowels, glides (و ي, w y) and gutturals (ه ح ع ء, h) are
/// dropped, and repeated classes collapse ("gg", "ss").
/// </remarks>
internal static class NameSkeleton
{
    /// <summary>The skeleton of an Arabic word given as a match key (hamza seats folded, ة as ه).</summary>
    public static string OfArabic(ReadOnlySpan<char> key)
    {
        var skeleton = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            // تش writes the English "ch" (تشارلز), which the English side reads as S.
            if (key[i] == 'ت' && i + 1 < key.Length && key[i + 1] == 'ش') continue;
            Append(skeleton, ArabicClass(key[i]));
        }
        return skeleton.ToString();
    }

    /// <summary>The skeleton of a lower-case Latin-script word.</summary>
    public static string OfEnglish(ReadOnlySpan<char> word)
    {
        var skeleton = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'p' when next == 'h':
                    Append(skeleton, 'F');
                    i++;
                    break;
                case 't' when next == 'h':
                    Append(skeleton, 'T');
                    i++;
                    break;
                case 's' or 'c' when next == 'h':
                    Append(skeleton, 'S');
                    i++;
                    break;
                case 'c':
                    Append(skeleton, next is 'e' or 'i' or 'y' ? 'S' : 'K');
                    break;
                case 'x':
                    Append(skeleton, 'K');
                    Append(skeleton, 'S');
                    break;
                // "gh" is silent or a breath in the names Arabic transliterates (Kavanaugh كافانو, Hugh هيو).
                case 'g' when next == 'h':
                    i++;
                    break;
                // "ng" before a consonant or at the end is a nasal that Arabic writes as ن alone (واشنطن).
                case 'g' when i > 0 && word[i - 1] == 'n' && !IsVowel(next):
                    break;
                default:
                    Append(skeleton, EnglishClass(c));
                    break;
            }
        }
        return skeleton.ToString();
    }

    private static char ArabicClass(char c) => c switch
    {
        'ب' or 'پ' => 'B',
        'ف' or 'ڤ' => 'F',
        'ت' or 'ط' or 'د' or 'ض' or 'ث' or 'ذ' => 'T',
        'ك' or 'ق' or 'غ' or 'ج' or 'خ' or 'گ' => 'K',
        'س' or 'ص' or 'ز' or 'ش' or 'ظ' or 'چ' => 'S',
        'ل' => 'L',
        'ر' => 'R',
        'م' => 'M',
        'ن' => 'N',
        _ => '\0',
    };

    private static char EnglishClass(char c) => c switch
    {
        'b' or 'p' => 'B',
        'f' or 'v' => 'F',
        't' or 'd' => 'T',
        'k' or 'q' or 'g' or 'j' => 'K',
        's' or 'z' => 'S',
        'l' => 'L',
        'r' => 'R',
        'm' => 'M',
        'n' => 'N',
        _ => '\0',
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Append(StringBuilder skeleton, char consonant)
    {
        if (consonant != '\0' && (skeleton.Length == 0 || skeleton[^1] != consonant)) skeleton.Append(consonant);
    }
}

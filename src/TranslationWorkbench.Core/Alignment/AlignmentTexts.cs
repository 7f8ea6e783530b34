using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>The two texts of an alignment, checked before aligning: the Arabic first, its translation second, not the same script twice.</summary>
public static class AlignmentTexts
{
    /// <param name="sourceName">How messages name the source text: its file, or "the Arabic text".</param>
    /// <param name="targetName">How messages name the translation.</param>
    public static void Check(string sourceText, string sourceName, string sourceLanguage, string targetText, string targetName, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(targetText);
        // a pair with U+0015 in it could be committed to the memory, and then no TMX export could write it
        XmlCharacters.Check(sourceText, sourceName);
        XmlCharacters.Check(targetText, targetName);
        if (ArabicScript.IsMissingFrom(sourceText, sourceLanguage))
        {
            throw new InvalidInputException($"{sourceName}: has not one Arabic letter; the Arabic text comes first, its translation second: are the two swapped?");
        }
        if (ArabicScript.IsArabicInsteadOf(targetText, targetLanguage))
        {
            throw new InvalidInputException(
                $"{targetName}: is written in Arabic script, not in '{targetLanguage}'; the translation comes second: is it the Arabic text again?");
        }
    }
}

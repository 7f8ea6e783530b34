using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>A text to import as a document, checked before anything is stored: in the language it is said to be, and one the memory pair can use.</summary>
public static class DocumentText
{
    /// <param name="shownAs">How messages name the text: the file as given, or the upload's name.</param>
    /// <param name="advice">The words of the place it came in by, for what to do instead.</param>
    public static void Check(string text, string shownAs, string sourceLanguage, string targetLanguage, ImportAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(advice);
        LanguageCode.Check(sourceLanguage, "source language");
        LanguageCode.Check(targetLanguage, "target language");
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException($"{shownAs}: contains no text, only white space.");
        // a TMX imported as a document made one "sentence" of every tag and line of it (18,720 segments of XML)
        if (XmlFormat.Of(text) is { } format)
        {
            throw new InvalidInputException(format == "TMX"
                ? $"{shownAs}: is a TMX file (XML); to bring its units into a memory {advice.MemoryImport}."
                : $"{shownAs}: is {(format is "XML" or "XLIFF" ? "an" : "a")} {format} file{(format == "XML" ? "" : " (XML)")}, not plain text.");
        }
        // a segment with U+0015 in it could be translated but never exported
        XmlCharacters.Check(text, shownAs);
        // Arabic said to be English or French would be a second copy of the document, matched against no memory of its
        // pair; said before the languages are compared, since Arabic said to be the target's language is this mistake
        if (ArabicScript.IsArabicInsteadOf(text, sourceLanguage))
        {
            var right = LanguageCode.Primary(targetLanguage) == "ar" ? advice.Languages("ar", "en") : advice.Languages("ar");
            throw new InvalidInputException($"{shownAs}: is written in Arabic script, yet it would be imported as {sourceLanguage}; is it ar ({right})?");
        }
        if (LanguageCode.Primary(sourceLanguage) == LanguageCode.Primary(targetLanguage))
        {
            throw new InvalidInputException(
                $"{shownAs}: the source and target languages are both {sourceLanguage}; give the text's own language ({advice.SourceLanguage}) and the one it is translated into ({advice.TargetLanguage}).");
        }
        // the English side of a pair, most often: it is aligned with its Arabic, not translated; a text in another
        // language is translated once both languages are said (the source alone would meet the default target, en)
        if (ArabicScript.IsMissingFrom(text, sourceLanguage))
        {
            throw new InvalidInputException(
                $"{shownAs}: has not one Arabic letter, yet it would be imported as {sourceLanguage}; if it is the translation of an Arabic text, align the two ({advice.AlignmentOf(shownAs)}); if it is a text to translate, give its language and the one it goes into, such as {advice.Languages("en", "ar")}.");
        }
    }
}

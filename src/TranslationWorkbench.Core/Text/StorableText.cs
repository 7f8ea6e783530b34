using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Text;

/// <summary>Refuses a typed text that the memory could never export: a character XML 1.0 forbids.</summary>
/// <remarks>
/// A translator's Ctrl+U or arrow key in a terminal lands in the text as a control character (U+0015, ESC [A). Stored,
/// it would make the unit one that every TMX export leaves out; refused, it is typed again.
/// </remarks>
public static class StorableText
{
    /// <param name="what">How the message names the text: "the translation", "--source".</param>
    public static string Checked(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (XmlCharacters.FirstForbidden(text) is { } problem)
        {
            throw new InvalidInputException($"{what} has {problem}, a control character (a key such as Ctrl+U or an arrow typed into it?) that no TMX file can carry; type it again without it.");
        }
        return text;
    }
}

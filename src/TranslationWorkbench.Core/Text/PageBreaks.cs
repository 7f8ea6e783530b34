namespace TranslationWorkbench.Core.Text;

/// <summary>Page and manual line breaks in a text to translate, read as the line breaks they stand for.</summary>
/// <remarks>
/// pdftotext puts a form feed (U+000C) between pages, and a word processor's manual line break can come out as a
/// vertical tab (U+000B). Neither is a character a TMX can carry, so in prose (a document, a text to align) each is
/// the line break it means. Not in line-based files (TSV, glossaries, beads): there a line break would cut a record in
/// two, so such a file is refused with the place (<see cref="Tmx.XmlCharacters"/>).
/// </remarks>
public static class PageBreaks
{
    public static string AsLineBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('\f', '\v') < 0 ? text : text.Replace('\f', '\n').Replace('\v', '\n');
    }
}

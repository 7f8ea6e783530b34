namespace TranslationWorkbench.Core.Text;

/// <summary>Splits text into lines at CRLF, LF, CR, NEL, LS and PS.</summary>
public static class TextLines
{
    public static IReadOnlyList<TextLine> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        var start = 0;
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                lines.Add(new TextLine(start, i - start, blank));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
                blank = true;
            }
            else if (blank && !ArabicLetters.IsSpace(c)) blank = false;
        }
        if (start < text.Length) lines.Add(new TextLine(start, text.Length - start, blank));
        return lines;
    }
}

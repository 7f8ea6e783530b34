using System.Globalization;
using System.Text;

namespace TranslationWorkbench.Core.Text;

/// <summary>Text safe to print in a message: control characters and lone surrogates shown as U+XXXX instead of written raw.</summary>
public static class Printable
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\t')))
            {
                builder.Append(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

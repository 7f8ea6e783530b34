using System.Globalization;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>How times are stored in the workspace: UTC ISO 8601 to the second ("2020-02-07T10:30:00Z").</summary>
/// <remarks>Formatted and parsed by hand: a million-unit export parses two or three of these per unit.</remarks>
public static class Timestamps
{
    private const int Length = 20; // yyyy-MM-ddTHH:mm:ssZ

    public static string Format(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return string.Create(Length, utc, static (span, t) =>
        {
            Digits(span[..4], t.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), t.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), t.Day);
            span[10] = 'T';
            Digits(span.Slice(11, 2), t.Hour);
            span[13] = ':';
            Digits(span.Slice(14, 2), t.Minute);
            span[16] = ':';
            Digits(span.Slice(17, 2), t.Second);
            span[19] = 'Z';
        });
    }

    public static DateTimeOffset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == Length && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && TryNumber(text, 0, 4, out var year) && TryNumber(text, 5, 2, out var month) && TryNumber(text, 8, 2, out var day)
            && TryNumber(text, 11, 2, out var hour) && TryNumber(text, 14, 2, out var minute) && TryNumber(text, 17, 2, out var second))
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        }
        // written by an older or other tool: accept any ISO 8601 form
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    internal static void Digits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    internal static bool TryNumber(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}

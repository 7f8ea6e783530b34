using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>TMX 1.4b dates: ISO 8601 basic format in UTC, "YYYYMMDDThhmmssZ" (§3.2, creationdate).</summary>
public static class TmxDate
{
    private const int Length = 16;

    public static string ToText(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return string.Create(Length, utc, static (span, t) =>
        {
            Timestamps.Digits(span[..4], t.Year);
            Timestamps.Digits(span.Slice(4, 2), t.Month);
            Timestamps.Digits(span.Slice(6, 2), t.Day);
            span[8] = 'T';
            Timestamps.Digits(span.Slice(9, 2), t.Hour);
            Timestamps.Digits(span.Slice(11, 2), t.Minute);
            Timestamps.Digits(span.Slice(13, 2), t.Second);
            span[15] = 'Z';
        });
    }

    /// <summary>Parses a TMX date; false when it is not in the format or not a real date (20200230T…).</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (text is null || text.Length != Length || text[8] != 'T' || text[15] != 'Z') return false;
        if (!Timestamps.TryNumber(text, 0, 4, out var year) || !Timestamps.TryNumber(text, 4, 2, out var month)
            || !Timestamps.TryNumber(text, 6, 2, out var day) || !Timestamps.TryNumber(text, 9, 2, out var hour)
            || !Timestamps.TryNumber(text, 11, 2, out var minute) || !Timestamps.TryNumber(text, 13, 2, out var second))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        time = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }
}

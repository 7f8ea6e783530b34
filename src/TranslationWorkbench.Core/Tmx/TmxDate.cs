using System.Globalization;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>TMX 1.4b dates: ISO 8601 basic format in UTC, "YYYYMMDDThhmmssZ" (§3.2, creationdate).</summary>
public static class TmxDate
{
    private const string Format = "yyyyMMdd'T'HHmmss'Z'";

    public static string ToText(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses a TMX date; false when it is not in the format or not a real date (20200230T…).</summary>
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}

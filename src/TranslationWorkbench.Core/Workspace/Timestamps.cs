using System.Globalization;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>How times are stored in the workspace: UTC ISO 8601 to the second ("2020-02-07T10:30:00Z").</summary>
public static class Timestamps
{
    private const string Format8601 = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString(Format8601, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format8601, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

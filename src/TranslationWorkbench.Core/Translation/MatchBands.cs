namespace TranslationWorkbench.Core.Translation;

/// <summary>Which band a score falls in, and how the bands are labelled.</summary>
public static class MatchBands
{
    public static IReadOnlyList<MatchBand> All { get; } = Enum.GetValues<MatchBand>();

    public static MatchBand Of(int? score) => score switch
    {
        null => MatchBand.NoMatch,
        >= 101 => MatchBand.Context,
        100 => MatchBand.Exact,
        >= 95 => MatchBand.NearExact,
        >= 85 => MatchBand.High,
        >= 75 => MatchBand.Medium,
        >= 50 => MatchBand.Low,
        _ => MatchBand.NoMatch,
    };

    public static string Label(this MatchBand band) => band switch
    {
        MatchBand.Context => "context (101)",
        MatchBand.Exact => "100",
        MatchBand.NearExact => "95–99",
        MatchBand.High => "85–94",
        MatchBand.Medium => "75–84",
        MatchBand.Low => "50–74",
        MatchBand.NoMatch => "no match",
        MatchBand.Repetition => "repetitions",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };
}

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>What <see cref="MatchBenchmark"/> measured: lookup latencies in milliseconds, candidates, agreement, analysis speed, and the memory page's first page.</summary>
public sealed record MatchFigures(
    int Queries,
    double OpenMilliseconds,
    Percentiles Lookup,
    Percentiles ExhaustiveLookup,
    double MeanCandidates,
    double MeanVerified,
    int TopMatchAgreements,
    int QueriesWithMatch,
    double AnalysisSegmentsPerSecond,
    double FirstPageMilliseconds)
{
    public double Agreement => Queries == 0 ? 1 : (double)TopMatchAgreements / Queries;
}

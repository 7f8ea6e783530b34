namespace TranslationWorkbench.Core.Benchmark;

/// <summary>What <see cref="AlignmentBenchmark"/> measured.</summary>
public sealed record AlignmentFigures(int SourceSentences, int TargetSentences, TimeSpan Time, long PeakWorkingSetBytes, long WorkingSetBeforeBytes, double StrictF1, double LaxF1);

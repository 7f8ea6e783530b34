namespace TranslationWorkbench.Core.Benchmark;

/// <summary>What <see cref="TmxBenchmark"/> measured.</summary>
public sealed record TmxFigures(
    int UnitsRead,
    int UnitsStored,
    long TmxBytes,
    TimeSpan ImportTime,
    long ImportWorkingSetGrowthBytes,
    long WorkspaceBytes,
    long IndexBytes,
    int UnitsExported,
    TimeSpan ExportTime)
{
    public double ImportUnitsPerSecond => UnitsRead / ImportTime.TotalSeconds;

    public double ExportUnitsPerSecond => UnitsExported / ExportTime.TotalSeconds;
}

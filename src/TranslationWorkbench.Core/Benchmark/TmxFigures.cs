namespace TranslationWorkbench.Core.Benchmark;

/// <summary>What <see cref="TmxBenchmark"/> measured.</summary>
/// <param name="UnitsStored">New units; a pair the generator happened to repeat is one of <paramref name="UnitsMerged"/> instead.</param>
public sealed record TmxFigures(
    int UnitsRead,
    int UnitsStored,
    int UnitsMerged,
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

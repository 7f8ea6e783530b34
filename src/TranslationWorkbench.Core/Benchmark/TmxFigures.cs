namespace TranslationWorkbench.Core.Benchmark;

/// <summary>What <see cref="TmxBenchmark"/> measured.</summary>
/// <param name="UnitsStored">New units; a pair the generator happened to repeat is one of <paramref name="UnitsMerged"/> instead.</param>
/// <param name="ImportUserCpu">The process's CPU time in its own code during the import, all threads.</param>
/// <param name="ImportKernelCpu">The process's CPU time in the kernel during the import: mostly page-cache writes and page faults, where a VM's price for memory it has not touched lately shows.</param>
public sealed record TmxFigures(
    int UnitsRead,
    int UnitsStored,
    int UnitsMerged,
    long TmxBytes,
    TimeSpan ImportTime,
    TimeSpan ImportUserCpu,
    TimeSpan ImportKernelCpu,
    long ImportWorkingSetGrowthBytes,
    long WorkspaceBytes,
    long IndexBytes,
    int UnitsExported,
    TimeSpan ExportTime)
{
    public double ImportUnitsPerSecond => UnitsRead / ImportTime.TotalSeconds;

    public double ExportUnitsPerSecond => UnitsExported / ExportTime.TotalSeconds;
}

using System.Diagnostics;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>Measures TMX import into a fresh workspace and TMX export from it, on a generated memory.</summary>
public static class TmxBenchmark
{
    /// <summary>The generated TMX file the benchmark writes in <paramref name="folder"/> and leaves there.</summary>
    public static string TmxPath(string folder) => Path.Combine(folder, "generated.tmx");

    /// <summary>The workspace the benchmark imports the file into, in <paramref name="folder"/>.</summary>
    public static string WorkspacePath(string folder) => Path.Combine(folder, "bench.db");

    /// <param name="sampledSources">Fills with up to 10,000 of the generated sources, evenly spread, for queries.</param>
    public static TmxFigures Run(SyntheticMemory memory, int units, string folder, TimeProvider clock, List<string> sampledSources, string memoryName = "bench", Func<Workspace.Workspace, ITranslationMemoryStore>? memories = null)
    {
        ArgumentNullException.ThrowIfNull(sampledSources);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(clock);
        Directory.CreateDirectory(folder);
        var tmxPath = TmxPath(folder);
        var header = new TmxHeader("tw bench", "1", "sentence", "tw bench", "en", "ar", "plaintext");
        var generated = new TranslationMemory(0, "bench", "ar", "en", "");
        using (var writer = TmxWriter.Create(File.Create(tmxPath), header))
        {
            var id = 0;
            var every = Math.Max(1, units / 10_000);
            foreach (var unit in memory.Units(units))
            {
                writer.Write(TmxExport.ToTmx(unit with { Id = ++id }, generated));
                if (id % every == 0) sampledSources.Add(unit.Source);
            }
        }

        using var workspace = Workspace.Workspace.Open(WorkspacePath(folder), clock, "bench", memories);
        var baseline = WorkingSet();
        var peak = baseline;
        var progress = new Progress(() => peak = Math.Max(peak, WorkingSet()));
        var (userBefore, kernelBefore) = ProcessorTimes();
        var importTime = Stopwatch.StartNew();
        var report = TmxImport.Run(workspace, tmxPath, memoryName, "ar", "en", progress);
        importTime.Stop();
        var (userAfter, kernelAfter) = ProcessorTimes();
        peak = Math.Max(peak, WorkingSet());

        var exportPath = Path.Combine(folder, "exported.tmx");
        var exportTime = Stopwatch.StartNew();
        var export = TmxExport.Run(workspace, workspace.Memories.Get(memoryName), exportPath);
        exportTime.Stop();

        return new TmxFigures(
            report.Read,
            report.Imported,
            report.Merged,
            new FileInfo(tmxPath).Length,
            importTime.Elapsed,
            userAfter - userBefore,
            kernelAfter - kernelBefore,
            peak - baseline,
            WorkspaceBytes(workspace.Path),
            new FileInfo(workspace.Path + ".fuzzy") is { Exists: true } index ? index.Length : 0,
            export.Written,
            exportTime.Elapsed);
    }

    // The database file alone: the WAL beside it is as large as the import made it until the next write cuts it back
    // (Workspace's journal_size_limit) or the last connection closes and deletes it.
    public static long WorkspaceBytes(string path) => new FileInfo(path).Length;

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static (TimeSpan User, TimeSpan Kernel) ProcessorTimes()
    {
        using var process = Process.GetCurrentProcess();
        return (process.UserProcessorTime, process.PrivilegedProcessorTime);
    }

    private sealed class Progress(Action sample) : IProgress<int>
    {
        public void Report(int value) => sample();
    }
}

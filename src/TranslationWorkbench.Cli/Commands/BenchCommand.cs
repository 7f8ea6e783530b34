using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Benchmark;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw bench`: generates a memory from real corpora and measures the workbench on it.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var units = new Option<int>("--units") { Description = "Units in the generated memory.", DefaultValueFactory = _ => 100_000 };
        var kind = new Option<TextKind>("--text") { Description = "news (stitched from real sentences) or zipf (Zipf-spread words).", DefaultValueFactory = _ => TextKind.News };
        var corpora = new Option<string?>("--corpora") { Description = "Folder of *.arb.txt/*.eng.txt corpora (default: ../shared/corpora beside the repository)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 20200207 };
        var json = CommonOptions.Json();
        var command = new Command("bench", "Benchmark import, export and matching on a generated memory.") { units, kind, corpora, seed, json };
        command.SetAction(parseResult =>
        {
            var corpus = BenchmarkCorpus.Load(parseResult.GetValue(corpora) ?? DefaultPaths.SharedCorpora());
            var memory = corpus.Memory(parseResult.GetValue(kind), parseResult.GetValue(seed));
            var folder = Path.Combine(Path.GetTempPath(), "tw-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                var tmx = TmxBenchmark.Run(memory, parseResult.GetValue(units), folder, TimeProvider.System);
                var output = parseResult.InvocationConfiguration.Output;
                if (parseResult.GetValue(json)) JsonOutput.Write(output, new { text = memory.Kind, tmx });
                else Print(output, memory.Kind, tmx);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, TextKind kind, TmxFigures tmx)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            text: {kind}
            TMX import: {tmx.UnitsRead:N0} units ({tmx.TmxBytes / 1e6:F0} MB) in {tmx.ImportTime.TotalSeconds:F2} s = {tmx.ImportUnitsPerSecond:N0} units/s; working set grew {tmx.ImportWorkingSetGrowthBytes / 1e6:F0} MB
            workspace: {tmx.WorkspaceBytes / 1e6:F0} MB on disk
            TMX export: {tmx.UnitsExported:N0} units in {tmx.ExportTime.TotalSeconds:F2} s = {tmx.ExportUnitsPerSecond:N0} units/s
            """));
    }
}

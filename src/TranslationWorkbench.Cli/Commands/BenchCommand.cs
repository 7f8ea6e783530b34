using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TranslationWorkbench.Core.Benchmark;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw bench`: generates a memory from real corpora and measures import, export and lookups on it.</summary>
public static class BenchCommand
{
    public static Command Create(GlobalOptions options)
    {
        var units = new Option<int>("--units") { Description = "Units in the generated memory.", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Lookups to time (half near-copies of stored units, half new sentences).", DefaultValueFactory = _ => 1000 };
        var kind = new Option<TextKind>("--text") { Description = "news (stitched from real sentences) or zipf (Zipf-spread words).", DefaultValueFactory = _ => TextKind.News };
        var corpora = new Option<string?>("--corpora") { Description = "Folder of *.arb.txt/*.eng.txt corpora (default: ../shared/corpora beside the repository)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 20200207 };
        var json = CommonOptions.Json();
        var command = new Command("bench", "Benchmark TMX import and export, lookups and analysis on a generated memory.") { units, queries, kind, corpora, seed, json };
        command.Subcommands.Add(AlignSubcommand());
        command.SetAction(parseResult =>
        {
            var corpus = BenchmarkCorpus.Load(parseResult.GetValue(corpora) ?? DefaultPaths.SharedCorpora());
            var memory = corpus.Memory(parseResult.GetValue(kind), parseResult.GetValue(seed));
            var folder = Path.Combine(Path.GetTempPath(), "tw-bench-" + Guid.NewGuid().ToString("N"));
            var output = parseResult.InvocationConfiguration.Output;
            // on a shared server the benchmark's memory has a name of its own and is deleted afterwards
            var memoryDb = options.MemoryDbConnection(parseResult);
            var memoryName = memoryDb is null ? "bench" : $"tw-bench-{Guid.NewGuid():N}";
            try
            {
                var sources = new List<string>();
                Func<Core.Workspace.Workspace, Core.Memory.ITranslationMemoryStore>? stores =
                    memoryDb is null ? null : workspace => Postgres.PostgresMemoryStore.Open(memoryDb, workspace.Clock, workspace.Author);
                var tmx = TmxBenchmark.Run(memory, parseResult.GetValue(units), folder, TimeProvider.System, sources, memoryName, stores);
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                var workspacePath = TmxBenchmark.WorkspacePath(folder);
                var (coldSearch, failure) = TimeTw(memoryDb, "tm", "search", sources[0], "--memory", memoryName, "--workspace", workspacePath);
                // the same file imported again by `tw tm import` in a process of its own, as a translator runs it (not
                // on a shared memory, where it would only merge into the units just stored)
                double? importProcessSeconds = null;
                if (memoryDb is null && failure is null)
                {
                    (var milliseconds, failure) = TimeTw(null, "tm", "import", TmxBenchmark.TmxPath(folder), "--memory", memoryName, "--workspace", Path.Combine(folder, "process.db"));
                    importProcessSeconds = milliseconds / 1000;
                }
                if (failure is not null)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine($"error: a timed command failed: {failure}");
                    return 1;
                }
                var lookups = MatchBenchmark.Run(workspacePath, memoryName, memory.Queries(sources, parseResult.GetValue(queries)), TimeProvider.System, stores);
                // last, so that the pages it writes and frees do not serve the timed import
                var freshPages = FreshPages.WriteMegabytesPerSecond(folder);
                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(output, new
                    {
                        text = memory.Kind,
                        store = memoryDb is null ? "sqlite" : "postgresql",
                        tmx,
                        importProcessSeconds,
                        importProcessUnitsPerSecond = tmx.UnitsRead / importProcessSeconds,
                        lookups,
                        coldSearchMilliseconds = coldSearch,
                        freshPageWriteMegabytesPerSecond = freshPages,
                    });
                }
                else Print(output, memory.Kind, tmx, importProcessSeconds, lookups, coldSearch, freshPages, memoryDb is not null);
            }
            finally
            {
                if (memoryDb is not null)
                {
                    using var cleanup = GlobalOptions.Open(Path.Combine(folder, "cleanup.db"), memoryDb, null);
                    if (cleanup.Memories.Find(memoryName) is { } made) cleanup.Memories.DeleteMemory(made);
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
            return 0;
        });
        return command;
    }

    private static Command AlignSubcommand()
    {
        var sentences = new Option<int>("--sentences") { Description = "Arabic sentences in the generated document pair.", DefaultValueFactory = _ => 100_000 };
        var corpora = new Option<string?>("--corpora") { Description = "Folder of line-aligned *.arb.txt/*.eng.txt corpora (default: ../shared/corpora)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 20200207 };
        var json = CommonOptions.Json();
        var command = new Command("align", "Benchmark the sentence aligner on a long generated document pair with a known alignment.") { sentences, corpora, seed, json };
        command.SetAction(parseResult =>
        {
            var pairs = BenchmarkCorpus.Pairs(parseResult.GetValue(corpora) ?? DefaultPaths.SharedCorpora());
            var figures = AlignmentBenchmark.Run(pairs, parseResult.GetValue(sentences), parseResult.GetValue(seed));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json)) JsonOutput.Write(output, figures);
            else output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"aligned {figures.SourceSentences:N0} × {figures.TargetSentences:N0} sentences in {figures.Time.TotalSeconds:F2} s; peak working set {figures.PeakWorkingSetBytes / 1e6:F0} MB ({figures.WorkingSetBeforeBytes / 1e6:F0} MB before); strict F1 {figures.StrictF1:F3}, lax F1 {figures.LaxF1:F3}"));
            return 0;
        });
        return command;
    }

    // tw run again in a new process, the way this one was started, and timed: what a translator's script pays per
    // call. Returns what went wrong instead when it failed: a command that failed is nothing to time.
    private static (double Milliseconds, string? Failure) TimeTw(string? memoryDb, params string[] args)
    {
        var program = typeof(BenchCommand).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // run as `dotnet tw.dll`, the host needs the program; run as the tw executable, it is the program
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(program);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        if (memoryDb is not null) info.Environment[GlobalOptions.MemoryDbVariable] = memoryDb;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (elapsed, process.ExitCode == 0 ? null : $"tw {args[0]} {args[1]}: exit code {process.ExitCode}: {errors.Result.Trim()}");
    }

    private static void Print(TextWriter output, TextKind kind, TmxFigures tmx, double? importProcessSeconds, MatchFigures lookups, double coldSearch, double freshPages, bool onPostgres)
    {
        var importProcess = importProcessSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"; `tw tm import` of the same file, the whole process: {seconds:F2} s = {tmx.UnitsRead / seconds:N0} units/s")
            : "";
        var stored = onPostgres
            ? "store: the shared memory on PostgreSQL (postings and token counts there; no workspace index)"
            : string.Create(CultureInfo.InvariantCulture, $"workspace: {tmx.WorkspaceBytes / 1e6:F0} MB on disk, index {tmx.IndexBytes / 1e6:F0} MB");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            text: {kind}
            TMX import: {tmx.UnitsRead:N0} units ({tmx.TmxBytes / 1e6:F0} MB; {tmx.UnitsStored:N0} new, {tmx.UnitsMerged:N0} merged into a unit of the same pair) in {tmx.ImportTime.TotalSeconds:F2} s = {tmx.ImportUnitsPerSecond:N0} units/s, index included (CPU {tmx.ImportUserCpu.TotalSeconds:F1} s + {tmx.ImportKernelCpu.TotalSeconds:F1} s in the kernel); working set grew {tmx.ImportWorkingSetGrowthBytes / 1e6:F0} MB{importProcess}
            {stored}
            TMX export: {tmx.UnitsExported:N0} units in {tmx.ExportTime.TotalSeconds:F2} s = {tmx.ExportUnitsPerSecond:N0} units/s
            open workspace and index: {lookups.OpenMilliseconds:F0} ms; a new `tw tm search` process: {coldSearch:F0} ms
            lookups ({lookups.Queries:N0}, half near-copies, half new): p50 {lookups.Lookup.P50:F2} ms, p95 {lookups.Lookup.P95:F2} ms, p99 {lookups.Lookup.P99:F2} ms, max {lookups.Lookup.Max:F1} ms
              candidates per query {lookups.MeanCandidates:N0}, verified {lookups.MeanVerified:N0}; queries with a match ≥ 50: {lookups.QueriesWithMatch:N0}
            exhaustive lookups: p50 {lookups.ExhaustiveLookup.P50:F2} ms, p95 {lookups.ExhaustiveLookup.P95:F2} ms, p99 {lookups.ExhaustiveLookup.P99:F2} ms, max {lookups.ExhaustiveLookup.Max:F1} ms
            best match equal to exhaustive: {lookups.TopMatchAgreements:N0} of {lookups.Queries:N0} ({lookups.Agreement:P2})
            analysis: {lookups.AnalysisSegmentsPerSecond:N0} segments/s
            the memory's first page (the 50 units changed last, as the web workbench lists them): {lookups.FirstPageMilliseconds:F0} ms
            this machine writes a new file into its page cache at {freshPages:N0} MB/s (a VM that takes back memory its guest freed is slow here, and so is the import: README, Speed)
            """));
    }
}

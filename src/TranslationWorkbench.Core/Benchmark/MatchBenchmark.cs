using System.Diagnostics;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Translation;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>
/// Measures lookups on a workspace the TMX benchmark filled: opening it, default and exhaustive lookups of
/// queries (half near-copies of stored units, half new sentences), the agreement of their best matches, and
/// analysis of a document made of the queries, and the first page of the memory as the web workbench shows it.
/// </summary>
public static class MatchBenchmark
{
    public static MatchFigures Run(string workspacePath, string memoryName, IReadOnlyList<string> queries, TimeProvider clock, Func<Workspace.Workspace, ITranslationMemoryStore>? memories = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var open = Stopwatch.StartNew();
        using var workspace = Workspace.Workspace.Open(workspacePath, clock, "bench", memories);
        var memory = workspace.Memories.Get(memoryName);
        workspace.Memories.Search(["warm"], memory.Id, 100, exhaustive: false);
        open.Stop();

        var matcher = new FuzzyMatcher(workspace);
        var fast = new List<double>(queries.Count);
        var exhaustive = new List<double>(queries.Count);
        long candidates = 0, verified = 0;
        var agreements = 0;
        var withMatch = 0;
        var options = new MatchOptions();
        var exhaustiveOptions = options with { Exhaustive = true };
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var found = matcher.Find(memory, new MatchQuery(query), options, out var search);
            fast.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            candidates += search.Candidates;
            verified += search.Verified;

            started = Stopwatch.GetTimestamp();
            var all = matcher.Find(memory, new MatchQuery(query), exhaustiveOptions, out _);
            exhaustive.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (found.FirstOrDefault()?.Score == all.FirstOrDefault()?.Score) agreements++;
            if (all.Count > 0) withMatch++;
        }

        // the web workbench's memory page: the 50 units changed last
        var page = Stopwatch.StartNew();
        workspace.Memories.Page(memory, 0, 50);
        page.Stop();

        var document = workspace.Documents.ImportText(string.Join('\n', queries), "bench-queries.txt", "ar", "en", "bench queries").Document;
        var analysis = Stopwatch.StartNew();
        var analysed = new Analyzer(workspace).Analyze(document, memory);
        analysis.Stop();

        return new MatchFigures(
            queries.Count,
            open.Elapsed.TotalMilliseconds,
            Percentiles.Of(fast),
            Percentiles.Of(exhaustive),
            (double)candidates / Math.Max(1, queries.Count),
            (double)verified / Math.Max(1, queries.Count),
            agreements,
            withMatch,
            analysed.TotalSegments / analysis.Elapsed.TotalSeconds,
            page.Elapsed.TotalMilliseconds);
    }
}

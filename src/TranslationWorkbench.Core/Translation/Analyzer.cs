using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>
/// Analyses a document against a memory: each segment's best match puts it in a band (context 101, 100, 95–99,
/// 85–94, 75–84, 50–74, no match); a segment whose source already came earlier in the document is a repetition.
/// </summary>
public sealed class Analyzer(Workspace.Workspace workspace)
{
    /// <exception cref="InvalidInputException">The memory is for another language pair than the document.</exception>
    public DocumentAnalysis Analyze(Document document, TranslationMemory memory, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(memory);
        // an en→ar memory against an ar→en document would only say "no match" for every segment
        MemoryChecks.CheckServes(memory, document.SourceLanguage, document.TargetLanguage);
        var matcher = new FuzzyMatcher(workspace);
        var segments = workspace.Documents.Segments(document.Id);
        var seen = new HashSet<long>();
        var repetition = segments.Select(segment => !seen.Add(segment.SourceHash)).ToArray();
        var analysed = new SegmentAnalysis[segments.Count];
        var done = 0;
        // Lookups in parallel: they only read, and a shared memory's lookups spend most of their time waiting on the server.
        Parallel.For(0, segments.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, i =>
        {
            var segment = segments[i];
            if (repetition[i])
            {
                analysed[i] = new SegmentAnalysis(segment.Id, segment.Position, MatchBand.Repetition, null, segment.Words);
                return;
            }
            var best = matcher.Find(memory, new MatchQuery(segment.Source, SegmentContexts.Of(segments, i)), new MatchOptions(Max: 1)).FirstOrDefault();
            analysed[i] = new SegmentAnalysis(segment.Id, segment.Position, MatchBands.Of(best?.Score), best?.Score, segment.Words);
            progress?.Report(Interlocked.Increment(ref done));
        });
        var bands = MatchBands.All
            .Select(band => new BandCount(band, band.Label(), analysed.Count(s => s.Band == band), analysed.Where(s => s.Band == band).Sum(s => s.Words)))
            .ToList();
        return new DocumentAnalysis(document, memory.Name, bands, analysed);
    }
}

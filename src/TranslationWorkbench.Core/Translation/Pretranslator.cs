using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>
/// Fills a document's untranslated segments from the memory with the best match at or above a score, in one
/// transaction. The filled segments are drafts with origin "pretranslation" and the match score, recorded as a
/// revision: they show they were not translated by a person until someone confirms them.
/// </summary>
public sealed class Pretranslator(Workspace.Workspace workspace)
{
    /// <exception cref="InvalidInputException">The memory is for another language pair than the document.</exception>
    public PretranslationReport Run(Document document, TranslationMemory memory, int minScore, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(memory);
        MemoryChecks.CheckServes(memory, document.SourceLanguage, document.TargetLanguage);
        var matcher = new FuzzyMatcher(workspace);
        var segments = workspace.Documents.Segments(document.Id);
        var changes = new List<TargetChange>();
        var used = new List<long>();
        var numbersToCheck = new List<DraftNumbers>();
        var questionsToCheck = new List<DraftQuestion>();
        var untranslated = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Status != SegmentStatus.New) continue;
            untranslated++;
            var best = matcher.Find(memory, new MatchQuery(segment.Source, SegmentContexts.Of(segments, i)), new MatchOptions(MinScore: Math.Min(minScore, 100), Max: 1)).FirstOrDefault();
            if (best is null || best.Score < minScore) continue;
            changes.Add(new TargetChange(segment.Id, best.Unit.Target, SegmentStatus.Draft, TargetOrigins.Pretranslation, best.Score));
            used.Add(best.Unit.Id);
            if (best.Numbers is { } numbers) numbersToCheck.Add(new DraftNumbers(segment.Id, i, best.Score, numbers));
            if (best.Penalties.Contains(SameWords.QuestionMark)) questionsToCheck.Add(new DraftQuestion(segment.Id, i, best.Score, SameWords.QuestionMarks(segment.Source) > SameWords.QuestionMarks(best.Unit.Source)));
            progress?.Report(i + 1);
        }
        workspace.Documents.SetTargets(changes);
        // usage counts are bookkeeping: counted after the segments are safely written
        workspace.Memories.MarkUsed(used);
        var filledByBand = changes.GroupBy(change => MatchBands.Of(change.MatchScore))
            .OrderBy(group => group.Key)
            .Select(group => new BandCount(group.Key, group.Key.Label(), group.Count(), group.Sum(change => segments.First(s => s.Id == change.SegmentId).Words)))
            .ToList();
        return new PretranslationReport(untranslated, changes.Count, filledByBand, numbersToCheck, questionsToCheck);
    }
}

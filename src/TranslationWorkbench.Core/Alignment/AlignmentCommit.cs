using System.Globalization;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Stores aligned pairs in a memory as units of origin "alignment", in one transaction. A pair with an empty side
/// (a 1-0 or 0-1 bead) or below the confidence threshold is skipped and reported. Each unit remembers the source
/// text of the pairs around it as its context, so translating the same document again finds 101% matches.
/// </summary>
public static class AlignmentCommit
{
    public static AlignmentCommitReport Run(
        ITranslationMemoryStore store, string memory, string sourceLanguage, string targetLanguage,
        IReadOnlyList<AlignedPair> pairs, string? document, double minConfidence = 0)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pairs);
        var skipped = new List<SkippedPair>();
        var otherMemories = NewMemory.OthersIfMissing(store, memory);
        using var batch = store.BeginBatch(memory, sourceLanguage, targetLanguage);
        var sources = pairs.Select(pair => string.IsNullOrWhiteSpace(pair.Source) ? null : pair.Source.Trim()).ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (string.IsNullOrWhiteSpace(pair.Source) || string.IsNullOrWhiteSpace(pair.Target))
            {
                skipped.Add(new SkippedPair(i, string.IsNullOrWhiteSpace(pair.Source) ? "no Arabic side" : "no English side"));
                continue;
            }
            // "A+ A-" (a page's font buttons), a bare date: nothing to translate, and a wrong pair more often than not
            if (ArabicScript.IsMissingFrom(pair.Source, sourceLanguage))
            {
                skipped.Add(new SkippedPair(i, "no Arabic letter on the Arabic side"));
                continue;
            }
            if (pair.Confidence < minConfidence)
            {
                skipped.Add(new SkippedPair(i, string.Create(CultureInfo.InvariantCulture, $"confidence {pair.Confidence:F2} below {minConfidence:F2}")));
                continue;
            }
            // pairs a reviewer sent back from the web workbench are text typed or pasted: none an export could not carry
            batch.Add(new MemoryUnit
            {
                Source = StorableText.Checked(pair.Source.Trim(), $"pair {i + 1}'s Arabic side"),
                Target = StorableText.Checked(pair.Target.Trim(), $"pair {i + 1}'s English side"),
                Origin = UnitOrigin.Alignment,
                Document = document,
                Context = UnitContext.Between(Neighbour(sources, i, -1), Neighbour(sources, i, +1)),
            });
        }
        batch.Commit();
        return new AlignmentCommitReport(batch.Memory.Name, batch.Added, batch.Merged, skipped) { NewMemory = NewMemory.Of(batch, otherMemories) };
    }

    // The nearest pair before or after with an Arabic side: the sentence a document would have there.
    private static string? Neighbour(List<string?> sources, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < sources.Count; i += step)
        {
            if (sources[i] is { } text) return text;
        }
        return null;
    }
}

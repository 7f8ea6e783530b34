using DiffPlex;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Diff;

/// <summary>
/// Compares two versions of a document sentence by sentence: the segmented sentences are diffed as lines
/// (DiffPlex); in each changed stretch a removed and an added sentence that still share half their words
/// are paired as one changed sentence with its word diff, the rest are removed or added.
/// </summary>
public static class DocumentDiff
{
    private const int SameSentenceScore = 50;

    public static IReadOnlyList<SentenceChange> Compare(string oldText, string newText, string language)
    {
        var segmenter = Segmenter.For(language);
        var before = segmenter.Split(oldText).Select(s => s.Text).ToList();
        var after = segmenter.Split(newText).Select(s => s.Text).ToList();
        var result = Differ.Instance.CreateDiffs(string.Join('\n', before), string.Join('\n', after), false, false, new LineChunker());
        var changes = new List<SentenceChange>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; position < block.DeleteStartA; position++) changes.Add(Same(before[position]));
            var removed = before.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var added = after.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            changes.AddRange(Pair(removed, added));
            position = block.DeleteStartA + block.DeleteCountA;
        }
        for (; position < before.Count; position++) changes.Add(Same(before[position]));
        return changes;
    }

    // In order: a removed sentence pairs with the first added one still close enough to it; added ones skipped on the way are additions.
    private static IEnumerable<SentenceChange> Pair(List<string> removed, List<string> added)
    {
        var next = 0;
        foreach (var old in removed)
        {
            var match = -1;
            for (var j = next; j < added.Count && match < 0; j++)
            {
                if (Similarity(old, added[j]) >= SameSentenceScore) match = j;
            }
            if (match < 0)
            {
                yield return new SentenceChange(SentenceChangeKind.Removed, old, null, [new DiffOperation(DiffKind.Delete, old)]);
                continue;
            }
            for (; next < match; next++) yield return Added(added[next]);
            yield return new SentenceChange(SentenceChangeKind.Changed, old, added[match], WordDiff.Between(old, added[match]));
            next = match + 1;
        }
        for (; next < added.Count; next++) yield return Added(added[next]);
    }

    private static int Similarity(string a, string b)
    {
        var x = MatchTokens.Of(a);
        var y = MatchTokens.Of(b);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string token) => ids.TryGetValue(token, out var id) ? id : ids[token] = ids.Count;
        var query = x.Select(Id).ToArray();
        var unit = y.Select(Id).ToArray();
        var masks = new TokenMasks();
        masks.Load(query);
        var distance = EditDistance.Compute(query, unit, Math.Max(query.Length, unit.Length), masks, new int[2 * (query.Length + 1)]);
        return Scores.Fuzzy(distance, query.Length, unit.Length);
    }

    private static SentenceChange Same(string sentence) => new(SentenceChangeKind.Same, sentence, sentence, [new DiffOperation(DiffKind.Equal, sentence)]);

    private static SentenceChange Added(string sentence) => new(SentenceChangeKind.Added, null, sentence, [new DiffOperation(DiffKind.Insert, sentence)]);

    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }
}

using System.Collections;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>Counting candidates by merging postings gives exactly the units that hold enough of the query's tokens.</summary>
public sealed class LengthGroupMergeTests : IDisposable
{
    private static readonly string[] Words = [".", "في", "،", "من", "قال", "إن", "التحالف", "داعش"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // A sentence of 1–9 common words, some repeated.
    private static string Sentence(Random random, int words = 8) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 10)).Select(_ => Words[random.Next(words)]));

    [Fact]
    public void Run_EmitsTheUnitsHoldingEnoughOfTheTokens_WithTheirCounts()
    {
        var random = new Random(3);
        var sentences = Enumerable.Range(0, 3000).Select(_ => Sentence(random)).ToArray();
        var path = folder.File("index.fuzzy");
        using (var builder = new FuzzyIndexBuilder(folder.Path))
        {
            for (var i = 0; i < sentences.Length; i++) builder.AddKey(i + 1, i % 3 == 0 ? 2 : 1, MatchKey.Of(sentences[i]));
            builder.Write(path, sentences.Length, 0);
        }
        using var file = FuzzyIndexFile.Open(path)!;
        var query = new[] { ".", "في", "في", "قال" };
        var tokens = query.Distinct().Select(word => (Token: file.TokenId(word), Occurrences: query.Count(q => q == word), Weight: 1f)).ToArray();
        var (shortest, longest) = Scores.LengthRange(50, query.Length);

        var emitted = new List<(long UnitId, int Shared, int Length)>();
        LengthGroupMerge.Run(file, new BitArray(file.UnitCount), 1, tokens, shortest, longest, query.Length, 50,
            (ordinal, shared, _, length) => emitted.Add((file.UnitId(ordinal), shared, length)));

        var expected = new List<(long, int, int)>();
        for (var i = 0; i < sentences.Length; i++)
        {
            if (i % 3 == 0) continue; // memory 2
            var words = MatchTokens.Of(sentences[i]);
            if (words.Length < shortest || words.Length > longest) continue;
            var shared = tokens.Where(token => words.Contains(file.TokenText(token.Token))).Sum(token => token.Occurrences);
            if (shared >= Scores.MinShared(50, Math.Max(query.Length, words.Length))) expected.Add((i + 1, shared, words.Length));
        }
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), emitted.Order());
    }

    [Fact]
    public void Search_OfCommonWords_AgreesWithAScan()
    {
        // enough short units of common words that a query of them is counted by merging (over 16,000 postings)
        var random = new Random(5);
        var sentences = Enumerable.Range(0, 60_000).Select(_ => Sentence(random, words: 4)).ToArray();
        using var workspace = WorkspaceFile.Open(folder.File("common.db"));
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            for (var i = 0; i < sentences.Length; i++) batch.Add(new MemoryUnit { Source = sentences[i], Target = $"translation {i}" });
            batch.Commit();
        }
        var memory = workspace.Memories.Get("default");
        var units = workspace.Memories.Units(memory).Select(unit => (unit.Id, Tokens: MatchTokens.Of(unit.Source))).ToList();

        foreach (var query in new[] { ". في ،", "في في من .", "من . ، في", "، ، ." })
        {
            var tokens = MatchTokens.Of(query);
            var exhaustive = workspace.Memories.Search(tokens, memory.Id, 50, exhaustive: true);
            var fast = workspace.Memories.Search(tokens, memory.Id, 50, exhaustive: false);

            var scanned = units
                .Select(unit => (unit.Id, Score: Scores.Fuzzy(Distance(tokens, unit.Tokens), tokens.Length, unit.Tokens.Length)))
                .Where(hit => hit.Score >= 50)
                .Order()
                .ToList();
            Assert.Equal(scanned, exhaustive.Hits.Select(hit => (hit.UnitId, hit.Score)).Order().ToList());
            Assert.Equal(scanned.Max(hit => hit.Score), fast.Hits[0].Score);
        }
    }

    private static int Distance(string[] a, string[] b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}

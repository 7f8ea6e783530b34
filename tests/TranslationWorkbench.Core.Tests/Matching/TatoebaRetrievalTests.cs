using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using Xunit.Abstractions;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>
/// Retrieval against a memory of Tatoeba's 12,561 short pairs, full of near-duplicates: the exhaustive search
/// finds exactly what a scan of every unit finds, and the default search's best match agrees with it.
/// </summary>
public sealed class TatoebaRetrievalTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // All of Tatoeba (in the index file) at the usual threshold and two others; 3,000 units (in the index's
    // in-memory delta) at the usual one. The prefix a search reads depends on the threshold and on unit lengths.
    [Theory]
    [InlineData(int.MaxValue, 50, 300)]
    [InlineData(int.MaxValue, 30, 100)]
    [InlineData(int.MaxValue, 75, 100)]
    [InlineData(3_000, 50, 100)]
    public void Search_AgreesWithAScanOfEveryUnit(int unitCount, int minScore, int queriesOfEachKind)
    {
        // Given the Tatoeba memory and queries: edited copies of its sentences, and sentences it lacks
        var arabic = TestData.Lines("tatoeba-ara-eng", "tatoeba.arb.txt").Take(unitCount).ToArray();
        var english = TestData.Lines("tatoeba-ara-eng", "tatoeba.eng.txt").Take(unitCount).ToArray();
        using var workspace = WorkspaceFile.Open(folder.File("tatoeba.db"));
        using (var batch = workspace.Memories.BeginBatch("tatoeba", "ar", "en"))
        {
            for (var i = 0; i < arabic.Length; i++) batch.Add(new MemoryUnit { Source = arabic[i], Target = english[i] });
            batch.Commit();
        }
        var memory = workspace.Memories.Get("tatoeba");
        var units = workspace.Memories.Units(memory).Select(unit => (unit.Id, Tokens: MatchTokens.Of(unit.Source))).ToList();
        var random = new Random(7);
        var queries = Enumerable.Range(0, queriesOfEachKind).Select(_ => Edit(arabic[random.Next(arabic.Length)], random))
            .Concat(Enumerable.Range(0, queriesOfEachKind).Select(_ => Stitch(arabic, random)))
            .ToList();

        var agreeing = 0;
        foreach (var query in queries)
        {
            var tokens = MatchTokens.Of(query);
            var exhaustive = workspace.Memories.Search(tokens, memory.Id, minScore, exhaustive: true).Hits;
            var fast = workspace.Memories.Search(tokens, memory.Id, minScore, exhaustive: false).Hits;

            // Then the exhaustive search finds every unit scoring the threshold or more, with its score
            var scanned = Scan(tokens, units, minScore);
            Assert.Equal(scanned, exhaustive.Select(hit => (hit.UnitId, hit.Score)).Order().ToList());
            if (exhaustive.FirstOrDefault().Score == fast.FirstOrDefault().Score) agreeing++;
        }

        // And the default search's best score equals the exhaustive one on at least 99.5% of the queries
        output.WriteLine($"default search agrees with exhaustive on the best score for {agreeing} of {queries.Count} queries");
        Assert.True(agreeing >= queries.Count * 0.995, $"{agreeing} of {queries.Count}");
    }

    private static List<(long, int)> Scan(string[] query, List<(long Id, string[] Tokens)> units, int minScore)
    {
        var found = new List<(long, int)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string token) => ids.TryGetValue(token, out var id) ? id : ids[token] = ids.Count;
        var queryIds = query.Select(Id).ToArray();
        foreach (var (unitId, tokens) in units)
        {
            var distance = Textbook(queryIds, tokens.Select(Id).ToArray());
            var score = Scores.Fuzzy(distance, query.Length, tokens.Length);
            if (score >= minScore) found.Add((unitId, score));
        }
        found.Sort();
        return found;
    }

    private static string Edit(string sentence, Random random)
    {
        var words = sentence.Split(' ').ToList();
        var position = random.Next(words.Count);
        switch (random.Next(3))
        {
            case 0: words[position] = "كلمة"; break;
            case 1: words.Insert(position, "جدا"); break;
            default: if (words.Count > 1) words.RemoveAt(position); break;
        }
        return string.Join(' ', words);
    }

    private static string Stitch(string[] corpus, Random random)
    {
        var first = corpus[random.Next(corpus.Length)].Split(' ');
        var second = corpus[random.Next(corpus.Length)].Split(' ');
        return string.Join(' ', first.Take((first.Length + 1) / 2).Concat(second.Skip(second.Length / 2)));
    }

    private static int Textbook(int[] a, int[] b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

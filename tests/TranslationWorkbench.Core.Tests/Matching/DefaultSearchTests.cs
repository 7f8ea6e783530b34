using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>
/// The default search on queries that draw more candidates than it verifies: it stops early only when no
/// unverified candidate could beat its best hits, so those hits are the exhaustive search's.
/// </summary>
public sealed class DefaultSearchTests : IDisposable
{
    // Few words, so that every query shares its rarest tokens with thousands of units.
    private static readonly string[] Words =
        [.. "في من على إلى عن مع هذا ذلك التي الذي كان قال بين بعد قبل عند حتى لكن أو ثم العراق سوريا التحالف داعش القوات الحكومة الناس المدينة الحرب الأمن".Split(' ')];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void EarlyStop_KeepsTheExhaustiveBestHits()
    {
        // Given 8,000 units of 4–10 words drawn with a Zipf-like spread
        var random = new Random(11);
        using var workspace = WorkspaceFile.Open(folder.File("crowded.db"));
        using (var batch = workspace.Memories.BeginBatch("crowded", "ar", "en"))
        {
            for (var i = 0; i < 8000; i++) batch.Add(new MemoryUnit { Source = Sentence(random), Target = $"Sentence {i}." });
            batch.Commit();
        }
        var memory = workspace.Memories.Get("crowded");

        var stoppedEarly = 0;
        for (var q = 0; q < 100; q++)
        {
            // When a query drawn the same way is looked up both ways
            var tokens = MatchTokens.Of(Sentence(random));
            var fast = workspace.Memories.Search(tokens, memory.Id, 50, exhaustive: false);
            var exhaustive = workspace.Memories.Search(tokens, memory.Id, 50, exhaustive: true);
            if (fast.Candidates <= FuzzyIndex.FastCandidates || fast.Verified == FuzzyIndex.FastCandidates) continue;

            // Then a search that stopped on its bound, not on its cap, found the exhaustive search's best scores
            stoppedEarly++;
            Assert.True(fast.Verified < fast.Candidates);
            Assert.Equal(BestScores(exhaustive), BestScores(fast));
        }

        Assert.True(stoppedEarly >= 20, $"only {stoppedEarly} of 100 queries stopped early: the test no longer tests the early stop");
    }

    private static List<int> BestScores(FuzzySearch search) => [.. search.Hits.Select(hit => hit.Score).Take(FuzzyIndex.Assured)];

    private static string Sentence(Random random)
    {
        var length = random.Next(4, 11);
        // squaring a uniform draw favours the first words, as real text favours its commonest
        return string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[(int)(Math.Pow(random.NextDouble(), 2) * Words.Length)]));
    }
}

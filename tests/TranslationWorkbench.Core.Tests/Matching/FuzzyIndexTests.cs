using Dapper;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>The index follows every insert, update and delete, in this process and in others, in its file and in its delta.</summary>
public sealed class FuzzyIndexTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string path;
    private readonly WorkspaceFile workspace;

    public FuzzyIndexTests()
    {
        path = folder.File("workbench.db");
        workspace = WorkspaceFile.Open(path);
    }

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    private static FuzzyIndex IndexOf(WorkspaceFile workspace) => ((SqliteMemoryStore)workspace.Memories).Index;

    private static string Sentence(int i) => $"الجملة رقم {i} عن التحالف الدولي والعراق وكل {i % 7} منطقة.";

    private void AddUnits(WorkspaceFile into, int from, int count)
    {
        using var batch = into.Memories.BeginBatch("default", "ar", "en");
        for (var i = from; i < from + count; i++) batch.Add(new MemoryUnit { Source = Sentence(i), Target = $"Sentence {i}." });
        batch.Commit();
    }

    private IReadOnlyList<FuzzyHit> Search(WorkspaceFile on, string text, int minScore = 50) =>
        IndexOf(on).Search(MatchTokens.Of(text), on.Memories.Get("default").Id, minScore, exhaustive: true).Hits;

    private long IdOf(string source) => workspace.Connect().ExecuteScalar<long>("SELECT id FROM unit WHERE source = @source", new { source });

    [Fact]
    public void SmallBatch_IsSearchedFromTheDelta()
    {
        AddUnits(workspace, 0, 10);

        var hits = Search(workspace, Sentence(3));

        Assert.Equal(IdOf(Sentence(3)), hits[0].UnitId);
        Assert.Equal(100, hits[0].Score);
        Assert.Equal((0, 10), IndexOf(workspace).Size);
        Assert.False(File.Exists(IndexOf(workspace).Path));
    }

    [Fact]
    public void LargeBatch_IsWrittenToTheFile_WhichANewProcessOpensWithoutReading()
    {
        AddUnits(workspace, 0, FuzzyIndex.MergeThreshold + 10);

        using var reopened = WorkspaceFile.Open(path);
        var hits = Search(reopened, Sentence(4321));

        Assert.True(File.Exists(IndexOf(workspace).Path));
        Assert.Equal(IdOf(Sentence(4321)), hits[0].UnitId);
        Assert.Equal((FuzzyIndex.MergeThreshold + 10, 0), IndexOf(reopened).Size);
    }

    [Fact]
    public void UnitsAddedByAnotherProcess_AreFoundByTheNextSearch()
    {
        using var other = WorkspaceFile.Open(path);
        workspace.Memories.Open("default", "ar", "en");
        Assert.Empty(Search(workspace, Sentence(1)));

        AddUnits(other, 0, 3);

        Assert.Equal(IdOf(Sentence(1)), Search(workspace, Sentence(1))[0].UnitId);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(FuzzyIndex.MergeThreshold + 10)]
    public void ChangedAndDeletedUnits_AreFollowed_InTheDeltaAndInTheFile(int units)
    {
        AddUnits(workspace, 0, units);
        Assert.NotEmpty(Search(workspace, Sentence(5)));
        using var connection = workspace.Connect();

        // When one unit's source changes and another is deleted (by whatever process)
        connection.Execute("UPDATE unit SET source = 'نص جديد تماما لا يشبه شيئا' WHERE source = @source", new { source = Sentence(5) });
        connection.Execute("DELETE FROM unit WHERE source = @source", new { source = Sentence(6) });

        // Then the old texts no longer match them and the new one does
        Assert.DoesNotContain(Search(workspace, Sentence(5), 100), hit => hit.Score == 100);
        Assert.DoesNotContain(Search(workspace, Sentence(6), 100), hit => hit.Score == 100);
        Assert.Equal(100, Search(workspace, "نص جديد تماما لا يشبه شيئا")[0].Score);
    }

    [Fact]
    public void Rebuild_GivesTheSameResultsAsTheIncrementalIndex()
    {
        AddUnits(workspace, 0, 300);
        AddUnits(workspace, 300, FuzzyIndex.MergeThreshold);
        AddUnits(workspace, 9000, 20);
        workspace.Connect().Execute("DELETE FROM unit WHERE id % 17 = 0");
        var queries = new[] { Sentence(12), Sentence(9005), Sentence(4000), "الجملة عن التحالف والعراق" };
        var before = queries.Select(query => Search(workspace, query, 40)).ToList();

        IndexOf(workspace).Rebuild();

        Assert.Equal(before, queries.Select(query => Search(workspace, query, 40)).ToList(), new HitsComparer());
        Assert.Equal(0, IndexOf(workspace).Size.InDelta);
    }

    [Fact]
    public void Containing_GivesTheNewestUnitsFirst_AcrossUnitLengths()
    {
        // units of many lengths in the index file, whose postings are grouped by length
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            for (var i = 0; i < FuzzyIndex.MergeThreshold + 50; i++)
            {
                var filler = string.Join(' ', Enumerable.Repeat("كلمة", i % 9));
                batch.Add(new MemoryUnit { Source = $"التحالف {filler} رقم {i}", Target = $"Coalition {i}." });
            }
            batch.Commit();
        }
        var memory = workspace.Memories.Get("default");
        var newest = workspace.Connect().Query<long>("SELECT id FROM unit ORDER BY id DESC LIMIT 20").ToList();

        Assert.Equal(newest, IndexOf(workspace).Containing([["التحالف"]], memory.Id, 20));
        Assert.Equal(newest.Take(3), IndexOf(workspace).Containing([["التحالف"]], memory.Id, 3));
    }

    [Fact]
    public void Containing_SeveralForms_AnOldUnitEditedSince_NewestFirstAllTheSame()
    {
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            for (var i = 0; i < FuzzyIndex.MergeThreshold + 50; i++) batch.Add(new MemoryUnit { Source = $"التحالف رقم {i}", Target = $"Coalition {i}." });
            batch.Commit();
        }
        var memory = workspace.Memories.Get("default");
        // in the delta, after the file: two new units, one with each form, then an old unit edited (the delta's newest entry)
        var first = workspace.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "والتحالف جديد.", Target = "And the new coalition.", Origin = UnitOrigin.Translation });
        var second = workspace.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "تحالف آخر جديد.", Target = "Another new alliance.", Origin = UnitOrigin.Translation });
        IndexOf(workspace).Refresh(); // the new units caught up first, the edit after them
        workspace.Memories.Update(1, "تحالف قديم عدل", "An old one, edited.");
        var newestInFile = workspace.Connect().Query<long>("SELECT max(id) FROM unit WHERE id < @first", new { first }).Single();

        var forms = new[] { "تحالف", "التحالف", "والتحالف" };

        Assert.Equal([second], IndexOf(workspace).Containing([forms], memory.Id, 1));
        Assert.Equal([second, first, newestInFile], IndexOf(workspace).Containing([forms], memory.Id, 3));
    }

    [Fact]
    public void BrokenIndexFile_IsIgnoredAndRebuilt()
    {
        AddUnits(workspace, 0, 20);
        File.WriteAllText(path + ".fuzzy", "this is not an index");

        using var reopened = WorkspaceFile.Open(path);

        Assert.Equal(100, Search(reopened, Sentence(7))[0].Score);
    }

    private sealed class HitsComparer : IEqualityComparer<IReadOnlyList<FuzzyHit>>
    {
        public bool Equals(IReadOnlyList<FuzzyHit>? x, IReadOnlyList<FuzzyHit>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IReadOnlyList<FuzzyHit> obj) => obj.Count;
    }
}

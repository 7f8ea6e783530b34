using Dapper;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Memory;

/// <summary>A large batch drops the source-hash index, builds it again at commit, and still merges every duplicate.</summary>
public sealed class BulkLoadTests : IDisposable
{
    private const int Threshold = 10;

    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public BulkLoadTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"));

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    private SqliteMemoryStore Store => (SqliteMemoryStore)workspace.Memories;

    private static MemoryUnit Unit(int i, string? target = null, int usage = 0) =>
        new() { Source = $"الجملة رقم {i} عن التحالف الدولي.", Target = target ?? $"Sentence {i}.", UsageCount = usage };

    private void Store3Units()
    {
        using var batch = workspace.Memories.BeginBatch("default", "ar", "en");
        for (var i = 0; i < 3; i++) batch.Add(Unit(i));
        batch.Commit();
    }

    private bool IndexExists() =>
        workspace.Connect().ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'unit_by_source_hash'") == 1;

    [Fact]
    public void AnUndatedDuplicateWrittenWhileTheIndexIsAway_LeavesTheStoredDates()
    {
        var changed = new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using (var first = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            first.Add(Unit(0) with { CreatedAt = changed, ChangedAt = changed, ChangedBy = "sara" });
            first.Commit();
        }

        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 100; i < 120; i++) batch.Add(Unit(i));   // the index is dropped after 10
            batch.Add(Unit(0));                                    // the stored unit again, without dates
            batch.Commit();
            Assert.Equal(1, batch.Merged);
        }

        var unit = Store.Units(Store.Get("default")).Single(u => u.Source == Unit(0).Source);
        Assert.Equal((changed, changed, "sara"), (unit.CreatedAt, unit.ChangedAt, unit.ChangedBy));
    }

    [Fact]
    public void DuplicatesWrittenWhileTheIndexIsAway_AreMergedAtCommit()
    {
        Store3Units();

        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 100; i < 120; i++) batch.Add(Unit(i));   // 20 new: the index is dropped after 10
            batch.Add(Unit(0, usage: 7));                          // the same as a unit stored before the batch
            batch.Add(Unit(105, usage: 3) with { TuId = "s105" }); // the same as a unit earlier in the batch, with a tuid
            batch.Add(Unit(1, target: "Another translation."));   // a known source with a new target: a new unit
            batch.Add(Unit(105) with { TuId = "again" });          // the same again
            batch.Commit();

            Assert.Equal(21, batch.Added);
            Assert.Equal(3, batch.Merged);
        }

        using var connection = workspace.Connect();
        Assert.True(IndexExists());
        Assert.Equal(24, connection.ExecuteScalar<long>("SELECT count(*) FROM unit"));
        Assert.Equal(7, connection.ExecuteScalar<long>("SELECT usage_count FROM unit WHERE source = @Source", Unit(0)));
        Assert.Equal(3, connection.ExecuteScalar<long>("SELECT usage_count FROM unit WHERE source = @Source", Unit(105)));
        Assert.Equal("s105", connection.ExecuteScalar<string>("SELECT tuid FROM unit WHERE source = @Source", Unit(105)));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE source = @Source", Unit(1)));
        var (problems, _) = workspace.Memories.CheckIndex(repair: false);
        Assert.Empty(problems);
    }

    [Fact]
    public void TheIndexBuiltAgain_IsTheSchemasIndex()
    {
        const string Definition = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'unit_by_source_hash'";
        var schemas = workspace.Connect().ExecuteScalar<string>(Definition);

        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 100; i < 150; i++) batch.Add(Unit(i));
            batch.Commit();
        }

        Assert.Equal(schemas, workspace.Connect().ExecuteScalar<string>(Definition));
    }

    [Fact]
    public void ALargeBulkLoad_WritesTheIndexFile_WithoutTheDuplicatesItRemoved()
    {
        Store3Units();
        var count = Core.Matching.FuzzyIndex.MergeThreshold + 100;

        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 100; i < 100 + count; i++) batch.Add(Unit(i));
            batch.Add(Unit(2));
            batch.Add(Unit(4000));
            batch.Commit();
            Assert.Equal(2, batch.Merged);
        }

        Assert.True(File.Exists(Store.Index.Path));
        var (problems, _) = workspace.Memories.CheckIndex(repair: false);
        Assert.Empty(problems);
        Assert.Equal(3 + count, Store.Index.Snapshot().Count);
    }

    [Fact]
    public void DuplicatesAtTheEndOfALargeBulkLoad_AreLeftOutOfTheIndex_WhichNeedsNoCatchingUp()
    {
        var count = Core.Matching.FuzzyIndex.MergeThreshold + 100;
        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 0; i < count; i++) batch.Add(Unit(i));
            for (var i = 0; i < 3; i++) batch.Add(Unit(i));   // the last units written are the duplicates removed at commit
            batch.Commit();
        }

        Assert.Equal((count, 0), Store.Index.Size);
        Store.Index.Refresh();
        Assert.Equal((count, 0), Store.Index.Size);
        Assert.Empty(workspace.Memories.CheckIndex(repair: false).Problems);
    }

    [Fact]
    public void SearchesDuringALargeCommit_WaitForTheMergedFile_InsteadOfRebuildingIt()
    {
        var memory = workspace.Memories.Open("default", "ar", "en");
        using var stop = new CancellationTokenSource();
        var found = 0;
        var searcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (Store.Index.Search(Core.Matching.MatchTokens.Of(Unit(12).Source), memory.Id, 50, exhaustive: false).Hits.Count > 0) found++;
                Thread.Sleep(5);
            }
        });
        DateTime installed;
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            for (var i = 0; i < 60_000; i++) batch.Add(Unit(i));
            searcher.Start();
            batch.Commit();
            installed = File.GetLastWriteTimeUtc(Store.Index.Path);
        }
        Thread.Sleep(2000);
        stop.Cancel();
        searcher.Join();

        // the searches found the batch's units, and none of them wrote the index file again
        Assert.True(found > 0);
        Assert.Equal(installed, File.GetLastWriteTimeUtc(Store.Index.Path));
        Assert.Equal((60_000, 0), Store.Index.Size);
    }

    [Fact]
    public void AFailedBulkLoad_LeavesTheTableAndItsIndexAsTheyWere()
    {
        Store3Units();

        using (var batch = Store.BeginBatch("default", "ar", "en", Threshold))
        {
            for (var i = 100; i < 150; i++) batch.Add(Unit(i));
            // disposed without Commit: rolled back, the dropped index with it
        }

        Assert.True(IndexExists());
        Assert.Equal(3, workspace.Connect().ExecuteScalar<long>("SELECT count(*) FROM unit"));
    }

    [Fact]
    public void UnitIds_KeepGrowingAfterDeletes()
    {
        Store3Units();
        var last = workspace.Connect().ExecuteScalar<long>("SELECT max(id) FROM unit");
        workspace.Connect().Execute("DELETE FROM unit WHERE id = @last", new { last });

        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(Unit(50));
            batch.Commit();
        }

        Assert.Equal(last + 1, workspace.Connect().ExecuteScalar<long>("SELECT id FROM unit WHERE source = @Source", Unit(50)));
    }
}

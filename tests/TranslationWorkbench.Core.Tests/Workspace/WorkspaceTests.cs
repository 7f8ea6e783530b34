using Dapper;
using TranslationWorkbench.Core.Workspace;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Workspace;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_NewPath_CreatesAMigratedWalDatabaseInNewFolders()
    {
        var path = folder.File("nested/deeper/workbench.db");

        var workspace = WorkspaceFile.Open(path);

        using var connection = workspace.Connect();
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(WorkspaceSchema.Version, connection.ExecuteScalar<long>("PRAGMA user_version"));
        Assert.Equal(1, connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Equal(1, connection.ExecuteScalar<long>("PRAGMA synchronous")); // NORMAL
        Assert.True(connection.ExecuteScalar<long>("PRAGMA busy_timeout") >= 5000);
    }

    [Fact]
    public void Open_ExistingWorkspace_KeepsItsData()
    {
        var path = folder.File("workbench.db");
        WorkspaceFile.Open(path).Documents.ImportText("جملة أولى. جملة ثانية.", "a.txt", "ar", "en");

        var reopened = WorkspaceFile.Open(path);

        Assert.Single(reopened.Documents.List());
    }

    [Fact]
    public void Open_WorkspaceOfSchema1_PutsTheSourceHashFirstInTheUnitIndex_AndKeepsTheUnits()
    {
        var path = folder.File("old.db");
        using (var old = WorkspaceFile.Open(path))
        {
            using (var batch = old.Memories.BeginBatch("default", "ar", "en"))
            {
                batch.Add(new Core.Memory.MemoryUnit { Source = "جملة أولى.", Target = "A first sentence." });
                batch.Commit();
            }
            using var connection = old.Connect();
            // the index as schema version 1 made it, and no tuid column (version 3)
            connection.Execute("""
                DROP INDEX unit_by_source_hash;
                CREATE INDEX unit_by_source_hash ON unit (memory_id, source_hash);
                ALTER TABLE unit DROP COLUMN tuid;
                PRAGMA user_version = 1;
                """);
        }

        using var reopened = WorkspaceFile.Open(path);

        using var migrated = reopened.Connect();
        Assert.Equal(WorkspaceSchema.Version, migrated.ExecuteScalar<long>("PRAGMA user_version"));
        Assert.Equal(["source_hash", "memory_id"], migrated.Query<string>("SELECT name FROM pragma_index_info('unit_by_source_hash') ORDER BY seqno"));
        var memory = reopened.Memories.Get("default");
        Assert.Single(reopened.Memories.WithSameKey(memory.Id, Core.Text.TextHash.Of(Core.Text.MatchKey.Of("جملة أولى."))));
        var plan = string.Join("\n", migrated.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN SELECT id FROM unit WHERE memory_id = 1 AND source_hash = 2").Select(row => row.Detail));
        Assert.Contains("INDEX unit_by_source_hash (source_hash=? AND memory_id=?)", plan);
    }

    [Fact]
    public void Open_FileThatIsNotAWorkspace_IsRefusedAndLeftAlone()
    {
        var path = folder.Write("notes.db", "my precious notes");

        var error = Assert.Throws<InvalidInputException>(() => WorkspaceFile.Open(path));

        Assert.Equal($"{path}: is not a workspace (not an SQLite database); give another --workspace path.", error.Message);
        Assert.Equal("my precious notes", File.ReadAllText(path));
    }

    [Fact]
    public void Open_Folder_IsRefused()
    {
        var error = Assert.Throws<InvalidInputException>(() => WorkspaceFile.Open(folder.Path));

        Assert.Equal($"{folder.Path}: is a folder, not a workspace file.", error.Message);
    }

    [Fact]
    public void Open_WorkspaceFromANewerTw_IsRefused()
    {
        var path = folder.File("future.db");
        using (var connection = WorkspaceFile.Open(path).Connect()) connection.Execute("PRAGMA user_version = 999");

        var error = Assert.Throws<InvalidInputException>(() => WorkspaceFile.Open(path));

        Assert.Contains("schema version 999, newer than this tw knows", error.Message);
    }
}

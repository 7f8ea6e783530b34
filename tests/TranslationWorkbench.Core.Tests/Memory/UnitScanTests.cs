using Dapper;
using Microsoft.Extensions.Time.Testing;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Memory;

/// <summary>The scan of all units (export's reader: its own connection, SQLite's column functions) reads rows as stored.</summary>
public sealed class UnitScanTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;
    private readonly TranslationMemory memory;

    public UnitScanTests()
    {
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), new FakeTimeProvider(new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.Zero)), "layla");
        memory = workspace.Memories.Open("interview", "ar", "en");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void EmptyText_IsReadAsEmpty_AndNullAsNull()
    {
        using (var batch = workspace.Memories.BeginBatch(memory))
        {
            batch.Add(new MemoryUnit { Source = "جيد", Target = "Good", Document = "doc" });
            batch.Add(new MemoryUnit { Source = "سيء", Target = "Bad" });
            batch.Commit();
        }
        using (var connection = workspace.Connect())
        {
            // the second unit's document becomes empty text, not NULL: SQLite gives both without a value's type
            connection.Execute("UPDATE unit SET document = '' WHERE source = 'سيء'");
        }

        var units = workspace.Memories.Units(memory).ToList();

        Assert.Equal(["doc", ""], units.Select(unit => unit.Document));
        Assert.All(units, unit => Assert.Null(unit.SourceMarkup));
        Assert.Equal(["Good", "Bad"], units.Select(unit => unit.Target));
    }

    [Fact]
    public void AScan_ReadsWhileAnotherConnectionHoldsAWriteTransaction()
    {
        using (var batch = workspace.Memories.BeginBatch(memory))
        {
            batch.Add(new MemoryUnit { Source = "جيد", Target = "Good" });
            batch.Commit();
        }
        using var writer = workspace.Connect();
        using var transaction = writer.BeginTransaction();
        writer.Execute("UPDATE unit SET target = 'Fine'", transaction: transaction);

        // the scan sees the last committed state (WAL), not the open transaction's, and does not wait for it
        Assert.Equal("Good", Assert.Single(workspace.Memories.Units(memory)).Target);
    }
}

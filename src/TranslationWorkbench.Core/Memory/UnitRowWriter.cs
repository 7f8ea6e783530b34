using Microsoft.Data.Sqlite;

namespace TranslationWorkbench.Core.Memory;

/// <summary>Inserts new unit rows with ids the batch gives them, 64 rows to a statement.</summary>
/// <remarks>
/// Why many rows to a statement: the unit table is AUTOINCREMENT (ids never come back, which the fuzzy index relies
/// on), and SQLite reads and writes sqlite_sequence once per INSERT statement. One row per statement measured
/// 6.6 s per million rows without the source-hash index and 1.5 s without AUTOINCREMENT; 64 rows share that cost.
/// A parameter keeps its value from one row to the next (sqlite3_reset keeps bindings), so a value bound
/// before is not bound again: a batch's author, time and origin are the same for most rows.
/// </remarks>
internal sealed class UnitRowWriter : IDisposable
{
    public const int RowsPerStatement = 64;

    private const int Columns = 19;

    private const string Insert = """
        INSERT INTO unit (id, memory_id, source, target, source_hash, prev_hash, next_hash, origin, document,
                          created_by, created_at, changed_by, changed_at, usage_count, last_used_at,
                          source_markup, target_markup, extra, tuid)
        VALUES
        """;

    private readonly RawStatement many;
    private readonly RawStatement one;
    private readonly UnitRow[] pending = new UnitRow[RowsPerStatement];
    private int count;

    public UnitRowWriter(SqliteConnection connection, long memoryId)
    {
        many = new RawStatement(connection, Insert + Rows(RowsPerStatement));
        one = new RawStatement(connection, Insert + Rows(1));
        for (var row = 0; row < RowsPerStatement; row++) many.Bind(row * Columns + 2, memoryId);
        one.Bind(2, memoryId);
    }

    /// <summary>Queues a row; it is in the table once 64 are queued, or after <see cref="Flush"/>.</summary>
    public void Add(in UnitRow row)
    {
        pending[count++] = row;
        if (count < RowsPerStatement) return;
        try
        {
            for (var i = 0; i < RowsPerStatement; i++) Bind(many, i * Columns, pending[i]);
            many.Step();
        }
        finally
        {
            // written or failed (then the whole batch rolls back): not to be written again
            count = 0;
        }
    }

    /// <summary>Writes the queued rows, so that a lookup in the table sees them.</summary>
    public void Flush()
    {
        try
        {
            for (var i = 0; i < count; i++)
            {
                Bind(one, 0, pending[i]);
                one.Step();
            }
        }
        finally
        {
            count = 0;
        }
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }

    private static void Bind(RawStatement statement, int offset, in UnitRow row)
    {
        statement.Bind(offset + 1, row.Id);
        statement.Bind(offset + 3, row.Source);
        statement.Bind(offset + 4, row.Target);
        statement.Bind(offset + 5, row.SourceHash);
        statement.Bind(offset + 6, row.PreviousHash);
        statement.Bind(offset + 7, row.NextHash);
        statement.Bind(offset + 8, row.Origin);
        statement.Bind(offset + 9, row.Document);
        statement.Bind(offset + 10, row.CreatedBy);
        statement.Bind(offset + 11, row.CreatedAt);
        statement.Bind(offset + 12, row.ChangedBy);
        statement.Bind(offset + 13, row.ChangedAt);
        statement.Bind(offset + 14, row.UsageCount);
        statement.Bind(offset + 15, row.LastUsedAt);
        statement.Bind(offset + 16, row.SourceMarkup);
        statement.Bind(offset + 17, row.TargetMarkup);
        statement.Bind(offset + 18, row.Extra);
        statement.Bind(offset + 19, row.TuId);
    }

    private static string Rows(int rows)
    {
        var placeholders = Enumerable.Range(0, rows).Select(row =>
            "(" + string.Join(", ", Enumerable.Range(row * Columns + 1, Columns).Select(index => "?" + index)) + ")");
        return string.Join(",\n", placeholders);
    }
}

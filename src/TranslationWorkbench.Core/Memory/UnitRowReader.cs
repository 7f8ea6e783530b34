using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>Reads unit rows (<see cref="UnitReader.Columns"/>, in that order) through SQLite's own API: the export's hot path.</summary>
/// <remarks>
/// Values that repeat from row to row (author, origin, the times of one import) are decoded once: a column whose bytes
/// are the last row's gives the last row's string or time again.
/// </remarks>
internal sealed class UnitRowReader : IDisposable
{
    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;
    private readonly RepeatedText origin = new(), document = new(), createdBy = new(), changedBy = new();
    private readonly RepeatedTime createdAt = new(), changedAt = new(), lastUsedAt = new();

    public UnitRowReader(sqlite3 connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection, sql, out statement));
    }

    /// <summary>Binds the 1-based parameter <paramref name="index"/>.</summary>
    public void Bind(int index, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(statement, index, number) : raw.sqlite3_bind_null(statement, index));

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

    public IEnumerable<MemoryUnit> Units()
    {
        while (true)
        {
            var result = raw.sqlite3_step(statement);
            if (result == raw.SQLITE_DONE) yield break;
            if (result != raw.SQLITE_ROW) Check(result);
            yield return Current();
        }
    }

    public void Dispose() => statement.Dispose();

    private MemoryUnit Current()
    {
        UnitOrigins.TryParse(origin.Of(statement, 4), out var unitOrigin);
        return new MemoryUnit
        {
            Id = SqliteColumns.Int64(statement, 0),
            MemoryId = SqliteColumns.Int64(statement, 1),
            Source = Text(2)!,
            Target = Text(3)!,
            Origin = unitOrigin,
            Context = new UnitContext(Number(5), Number(6)),
            Document = document.Of(statement, 7),
            CreatedBy = createdBy.Of(statement, 8),
            CreatedAt = createdAt.Of(statement, 9) ?? throw new InvalidDataException("unit.created_at is NULL."),
            ChangedBy = changedBy.Of(statement, 10),
            ChangedAt = changedAt.Of(statement, 11) ?? throw new InvalidDataException("unit.changed_at is NULL."),
            UsageCount = (int)SqliteColumns.Int64(statement, 12),
            LastUsedAt = lastUsedAt.Of(statement, 13),
            SourceMarkup = Text(14),
            TargetMarkup = Text(15),
            Properties = UnitProperties.FromJson(Text(16)),
            TuId = Text(17),
        };
    }

    private string? Text(int column) =>
        SqliteColumns.TryUtf8(statement, column, out var utf8) ? Encoding.UTF8.GetString(utf8) : null;

    private long? Number(int column) =>
        SqliteColumns.Type(statement, column) == SqliteColumns.Null ? null : SqliteColumns.Int64(statement, column);

    private void Check(int result)
    {
        if (result is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), result);
    }

    /// <summary>A text column's last value, decoded again only when its bytes change.</summary>
    private sealed class RepeatedText
    {
        private byte[] bytes = [];
        private int length = -1;
        private string? text;

        public string? Of(sqlite3_stmt statement, int column)
        {
            if (!SqliteColumns.TryUtf8(statement, column, out var utf8)) return null;
            if (length == utf8.Length && utf8.SequenceEqual(bytes.AsSpan(0, length))) return text;
            if (bytes.Length < utf8.Length) bytes = new byte[Math.Max(64, utf8.Length)];
            utf8.CopyTo(bytes);
            length = utf8.Length;
            return text = Encoding.UTF8.GetString(utf8);
        }
    }

    /// <summary>A time column's last value (stored as <see cref="Timestamps"/> text), parsed again only when it changes.</summary>
    private sealed class RepeatedTime
    {
        private readonly RepeatedText text = new();
        private string? last;
        private DateTimeOffset? time;

        public DateTimeOffset? Of(sqlite3_stmt statement, int column)
        {
            var value = text.Of(statement, column);
            if (ReferenceEquals(value, last)) return time;
            last = value;
            return time = value is null ? null : Timestamps.Parse(value);
        }
    }
}

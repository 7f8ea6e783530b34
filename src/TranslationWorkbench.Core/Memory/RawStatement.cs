using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// A statement prepared once and stepped through SQLite's own API (SQLitePCLRaw, under Microsoft.Data.Sqlite):
/// binding through SqliteCommand measured 30% slower per row on a million-unit import, and a lookup through it
/// (parameters typed anew, a data reader, handles taken and released) cost more than SQLite's own work.
/// </summary>
/// <remarks>
/// sqlite3_reset keeps a statement's bindings, so a parameter given the value it already has is not bound again
/// (text is converted to UTF-8 on every bind). Values are bound through <see cref="SqliteBindings"/>.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;
    private readonly string?[] texts;
    private readonly long?[] numbers;
    private readonly bool[] bound;
    private byte[] utf8 = new byte[1024];

    public RawStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement));
        var parameters = raw.sqlite3_bind_parameter_count(statement) + 1;
        texts = new string?[parameters];
        numbers = new long?[parameters];
        bound = new bool[parameters];
    }

    /// <summary>Binds the 1-based parameter <paramref name="index"/>.</summary>
    /// <remarks>As UTF-8: SQLite reads a leading U+FEFF in UTF-16 text as a byte-order mark and drops it (found by a property test).</remarks>
    public void Bind(int index, string? value)
    {
        if (bound[index] && numbers[index] is null && string.Equals(texts[index], value, StringComparison.Ordinal)) return;
        Check(value is null ? SqliteBindings.Null(statement, index) : SqliteBindings.Text(statement, index, value, ref utf8));
        (texts[index], numbers[index], bound[index]) = (value, null, true);
    }

    public void Bind(int index, long? value)
    {
        if (bound[index] && texts[index] is null && numbers[index] == value) return;
        Check(value is { } number ? SqliteBindings.Int64(statement, index, number) : SqliteBindings.Null(statement, index));
        (texts[index], numbers[index], bound[index]) = (null, value, true);
    }

    /// <summary>Runs the statement once and gets it ready to run again.</summary>
    public void Step()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    /// <summary>Runs a query to its first row: true when there is one, to read with <see cref="Int64"/> and <see cref="Text"/> until <see cref="Reset"/>.</summary>
    public bool StepToRow()
    {
        var result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW) return true;
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE) Check(result);
        return false;
    }

    /// <summary>A column of the row <see cref="StepToRow"/> stopped at, 0-based.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>A column of the row <see cref="StepToRow"/> stopped at, 0-based; null for NULL.</summary>
    public string? Text(int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    /// <summary>Ends a query <see cref="StepToRow"/> started; the bindings stay.</summary>
    public void Reset() => raw.sqlite3_reset(statement);

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
    }
}

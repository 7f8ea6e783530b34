using System.Runtime.InteropServices;
using SQLitePCL;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// SQLite's column accessors called directly, for reading a million rows: through SQLitePCLRaw every call also
/// takes and releases the statement's SafeHandle, and a unit row is 30-odd calls (reading all units: 4.0 s that way,
/// 2.5 s this way). The library is the same e_sqlite3 that SQLitePCLRaw loads.
/// </summary>
/// <remarks>
/// SuppressGCTransition: these functions only read the current row (no lock, no I/O, no callback), the case that
/// attribute is for. The statement must stay alive while they run: the caller holds its SafeHandle.
/// </remarks>
internal static unsafe partial class SqliteColumns
{
    public const int Integer = raw.SQLITE_INTEGER;
    public const int Null = raw.SQLITE_NULL;

    private const string Library = "e_sqlite3";

    public static int Type(sqlite3_stmt statement, int column) => ColumnType(statement.DangerousGetHandle(), column);

    public static long Int64(sqlite3_stmt statement, int column) => ColumnInt64(statement.DangerousGetHandle(), column);

    /// <summary>The column's text as UTF-8 bytes, valid until the statement moves on; false for NULL.</summary>
    /// <remarks>
    /// No sqlite3_column_type call for a value that is there (each call takes the connection's mutex): text comes
    /// back as a pointer, NULL only for a NULL value or when SQLite ran out of memory, which the type then tells apart.
    /// </remarks>
    public static bool TryUtf8(sqlite3_stmt statement, int column, out ReadOnlySpan<byte> utf8)
    {
        var handle = statement.DangerousGetHandle();
        // sqlite3_column_text first, then _bytes: the order SQLite's documentation asks for
        var text = ColumnText(handle, column);
        if (text is not null)
        {
            utf8 = new ReadOnlySpan<byte>(text, ColumnBytes(handle, column));
            return true;
        }
        utf8 = [];
        if (ColumnType(handle, column) == Null) return false;
        throw new Microsoft.Data.Sqlite.SqliteException("SQLite could not give a column's text (out of memory).", raw.SQLITE_NOMEM);
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type"), SuppressGCTransition]
    private static partial int ColumnType(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64"), SuppressGCTransition]
    private static partial long ColumnInt64(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text"), SuppressGCTransition]
    private static partial byte* ColumnText(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes"), SuppressGCTransition]
    private static partial int ColumnBytes(IntPtr statement, int column);
}

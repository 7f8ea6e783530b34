using System.Runtime.InteropServices;
using System.Text;
using SQLitePCL;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// SQLite's bind functions called directly, for the import's million rows: through SQLitePCLRaw every call takes and
/// releases the statement's SafeHandle and converts text through a new array. The library is the same e_sqlite3.
/// </summary>
/// <remarks>
/// SuppressGCTransition: binding only copies a value into the statement (no lock, no I/O, no callback). Text goes
/// as UTF-8 from a buffer that is reused, with SQLITE_TRANSIENT, so SQLite takes its own copy at once. The statement
/// must stay alive while they run: the caller holds its SafeHandle.
/// </remarks>
internal static unsafe partial class SqliteBindings
{
    private const string Library = "e_sqlite3";

    // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns
    private static readonly IntPtr Transient = new(-1);

    public static int Int64(sqlite3_stmt statement, int index, long value) => BindInt64(statement.DangerousGetHandle(), index, value);

    public static int Null(sqlite3_stmt statement, int index) => BindNull(statement.DangerousGetHandle(), index);

    /// <summary>Binds text as UTF-8, encoded into <paramref name="buffer"/> (grown as needed).</summary>
    public static int Text(sqlite3_stmt statement, int index, string value, ref byte[] buffer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        var written = Encoding.UTF8.GetBytes(value, buffer);
        fixed (byte* bytes = buffer)
        {
            return BindText(statement.DangerousGetHandle(), index, bytes, written, Transient);
        }
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64"), SuppressGCTransition]
    private static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null"), SuppressGCTransition]
    private static partial int BindNull(IntPtr statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text"), SuppressGCTransition]
    private static partial int BindText(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);
}

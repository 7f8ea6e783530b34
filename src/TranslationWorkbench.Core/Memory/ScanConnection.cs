using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// A read-only SQLite connection of its own for one long scan (all units of a memory, for an export), opened
/// without the connection mutex.
/// </summary>
/// <remarks>
/// Why: a pooled connection is in SQLite's serialized mode, where every call takes and releases the connection's
/// mutex; reading a million unit rows is some 35 million calls, and the mutex was 10% of an export's time here.
/// Without it the connection must never be used by two threads at once: this one belongs to the one enumeration
/// that opened it and is closed when that ends.
/// </remarks>
internal sealed class ScanConnection : IDisposable
{
    private ScanConnection(sqlite3 handle) => Handle = handle;

    public sqlite3 Handle { get; }

    public static ScanConnection Open(string path, int busyTimeoutMilliseconds)
    {
        var result = raw.sqlite3_open_v2(path, out var handle, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX, null);
        if (result != raw.SQLITE_OK)
        {
            var message = handle is null ? raw.sqlite3_errstr(result).utf8_to_string() : raw.sqlite3_errmsg(handle).utf8_to_string();
            handle?.Dispose();
            throw new SqliteException($"{path}: {message}", result);
        }
        raw.sqlite3_busy_timeout(handle, busyTimeoutMilliseconds);
        return new ScanConnection(handle);
    }

    public void Dispose() => Handle.Dispose();
}

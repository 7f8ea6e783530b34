using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>Adds many units to a memory in one transaction: all of them land, or (without <see cref="Commit"/>) none.</summary>
/// <remarks>
/// <para>
/// The hot path of TMX import: rows written 64 to a statement through SQLite's own API (<see cref="UnitRowWriter"/>),
/// no Dapper (measured 2–3× slower per row), the time formatted once a second. A unit with the same source and
/// target (inline codes and context included) as one already in the memory is merged into it, not duplicated
/// (<see cref="ExistingUnits"/>); fixed-size filters tell which units can be duplicates at all, so the others
/// are written without a lookup.
/// </para>
/// <para>
/// A bulk load: once a batch has added as many units as the whole table held before it (and at least
/// <see cref="BulkThreshold"/>), it drops the source-hash index and builds it again, sorted, at commit: keeping a
/// B-tree of random hashes up to date row by row cost 8–11 s per million rows here, the sorted build 0.4–0.6 s (see
/// <see cref="RestoreIndex"/>). In the meantime the units that may be duplicates are written anyway and checked at commit, once the index is back:
/// one found to duplicate an earlier unit is merged into it and deleted. It all stays one transaction.
/// </para>
/// </remarks>
public sealed class SqliteUnitBatch : IUnitBatch
{
    /// <summary>The fewest units a batch adds before it drops the source-hash index and rebuilds it at commit.</summary>
    public const int BulkThreshold = 50_000;

    // 16 MB whatever the batch's size; measured false positives (each a needless lookup): 42 in a million after a
    // million units, 0.9% after ten million.
    private const long BatchPairsExpected = 8_000_000;

    private const string DropSourceIndex = "DROP INDEX unit_by_source_hash";

    // as in the schema (WorkspaceSchema, migration 2)
    private const string CreateSourceIndex = "CREATE INDEX unit_by_source_hash ON unit (source_hash, memory_id)";

    // SQLite's sorter fills runs as large as the page cache and sorts each as a linked list: one run of a million
    // keys (64 MB cache) chases pointers through 40 MB, runs of 4 MB stay in the processor's cache and are then
    // merged. Measured on a million units: 1.0–1.4 s with the 64 MB cache, 0.6–1.0 s with 4 MB.
    private const string SorterCache = "PRAGMA cache_size = -4096";

    private const string BatchCache = "PRAGMA cache_size = -65536";

    private readonly Workspace.Workspace workspace;
    private readonly SqliteMemoryStore store;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly UnitRowWriter rows;
    private readonly ExistingUnits existing;
    private readonly HashFilter storedSources;
    private readonly HashFilter batchPairs = new(BatchPairsExpected);
    private readonly FuzzyIndexBuilder newUnits;
    private readonly List<UncheckedUnit> uncheckedUnits = [];
    private readonly long rowsBefore;
    private readonly int bulkThreshold;
    private char[] keyBuffer = [];
    private bool indexDropped;
    private long nextId;
    private long nowSecond = long.MinValue;
    private string nowText = "";

    internal SqliteUnitBatch(
        Workspace.Workspace workspace, SqliteMemoryStore store, string memoryName, string sourceLanguage, string targetLanguage, int bulkThreshold = BulkThreshold)
    {
        this.workspace = workspace;
        this.store = store;
        this.bulkThreshold = bulkThreshold;
        connection = workspace.Connect();
        try
        {
            // Every row names the memory this transaction found or made, and holds the write lock on: checking the
            // foreign key for each of them cost 2.5–3 s per million rows. Set outside the transaction (SQLite ignores it
            // inside); Workspace.Connect turns it on again for whoever gets this connection from the pool next.
            Execute("PRAGMA foreign_keys = OFF; " + BatchCache);
            transaction = connection.BeginTransaction();
            Memory = SqliteMemoryStore.Open(connection, transaction, memoryName, sourceLanguage, targetLanguage, workspace.Now());
            rows = new UnitRowWriter(connection, Memory.Id);
            existing = new ExistingUnits(connection, Memory.Id, workspace.Author);
            storedSources = LoadSourceHashes(Memory.Id);
            newUnits = store.Index.NewBuilder();
            (nextId, rowsBefore) = IdsAndRows();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public TranslationMemory Memory { get; }

    public int Added { get; private set; }

    public int Merged { get; private set; }

    public void Add(MemoryUnit unit) => Add(Prepare(unit));

    public PreparedUnit Prepare(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var key = MatchKey.Into(unit.Source, ref keyBuffer);
        return new Prepared(unit, TextHash.Of(key), newUnits.InternKey(key));
    }

    public void Add(PreparedUnit prepared)
    {
        var (unit, hash, tokenIds) = prepared as Prepared ?? throw new ArgumentException("The unit was prepared by another kind of batch.", nameof(prepared));
        var now = workspace.Clock.GetUtcNow();
        var id = nextId;

        // Most imported units are new, and only two kinds can be in the table already: those whose source was in the
        // memory before the batch, and repeats within the batch. The filters spare a lookup for all the others.
        // the pair's hash here rather than in Prepare: a TMX import's parsing thread is the busier of the two
        var repeated = batchPairs.Add(PairHash.Of(unit));
        if (repeated || storedSources.MayContain(hash))
        {
            if (indexDropped) uncheckedUnits.Add(new UncheckedUnit(id, unit.CreatedAt is not null, (unit.ChangedAt ?? unit.CreatedAt) is not null));
            else
            {
                rows.Flush();
                if (existing.TryMerge(unit, hash))
                {
                    Merged++;
                    return;
                }
            }
        }

        var nowText = NowText(now);
        rows.Add(new UnitRow(
            id,
            unit.Source,
            unit.Target,
            hash,
            unit.Context.Previous,
            unit.Context.Next,
            unit.Origin.ToText(),
            unit.Document,
            unit.CreatedBy ?? workspace.Author,
            unit.CreatedAt is { } created ? Timestamps.Format(created) : nowText,
            unit.ChangedBy ?? unit.CreatedBy ?? workspace.Author,
            (unit.ChangedAt ?? unit.CreatedAt) is { } changed ? Timestamps.Format(changed) : nowText,
            unit.UsageCount,
            unit.LastUsedAt is { } used ? Timestamps.Format(used) : null,
            unit.SourceMarkup,
            unit.TargetMarkup,
            UnitProperties.ToJson(unit.Properties),
            unit.TuId));
        newUnits.AddIds(id, Memory.Id, tokenIds);
        nextId++;
        Added++;
        if (!indexDropped && Added >= Math.Max(bulkThreshold, rowsBefore)) DropIndex();
    }

    /// <summary>Commits the batch and brings the fuzzy index up to date: a large batch is merged into a new index file at once.</summary>
    /// <remarks>
    /// The new index file is written on a second thread while SQLite builds its index again and commits. Once the
    /// units are committed, a failure to write that file (a full disk) does not fail the batch: the index is derived
    /// data and catches up from the table at the next search.
    /// </remarks>
    public void Commit()
    {
        rows.Flush();
        if (newUnits.Count < FuzzyIndex.MergeThreshold)
        {
            if (indexDropped) RestoreIndex();
            transaction.Commit();
            return;
        }

        var index = store.Index;
        // caught up with everything before this batch (nobody else can write while it holds the write lock)
        index.Refresh();
        var merge = index.BeginMerge(newUnits, nextId - 1);
        IReadOnlyCollection<long> removed = [];
        long lastChange;
        try
        {
            if (indexDropped) removed = RestoreIndex();
            lastChange = LastChange();
            transaction.Commit();
        }
        catch
        {
            merge.Abandon();
            throw;
        }
        try
        {
            merge.Install(removed, lastChange);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // committed; the index catches up from the table
            merge.Abandon();
        }
    }

    public void Dispose()
    {
        rows?.Dispose();
        existing?.Dispose();
        newUnits?.Dispose();
        transaction?.Dispose();
        connection.Dispose();
    }

    private void DropIndex()
    {
        rows.Flush();
        Execute(DropSourceIndex);
        indexDropped = true;
    }

    // The index back, then the units written unchecked while it was away: each that duplicates an earlier unit is
    // merged into that one and removed. Returns the removed units.
    private List<long> RestoreIndex()
    {
        Execute(SorterCache);
        Execute(CreateSourceIndex);
        Execute(BatchCache);
        indexDropped = false;
        var removed = new List<long>();
        if (uncheckedUnits.Count == 0) return removed;
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT {UnitReader.Columns}, source_hash FROM unit WHERE id = $id";
        var readId = read.Parameters.Add("$id", SqliteType.Integer);
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM unit WHERE id = $id";
        var deleteId = delete.Parameters.Add("$id", SqliteType.Integer);
        foreach (var (id, dated, changeDated) in uncheckedUnits)
        {
            readId.Value = id;
            MemoryUnit unit;
            long hash;
            using (var reader = read.ExecuteReader())
            {
                reader.Read();
                unit = UnitReader.Read(reader);
                hash = reader.GetInt64(reader.FieldCount - 1);
            }
            // the row has the time of the import for a date the file did not give, which a merge does not take
            unit = unit with { CreatedAt = dated ? unit.CreatedAt : null, ChangedAt = changeDated ? unit.ChangedAt : null };
            if (!existing.TryMerge(unit, hash, before: id)) continue;
            deleteId.Value = id;
            delete.ExecuteNonQuery();
            removed.Add(id);
            Added--;
            Merged++;
        }
        return removed;
    }

    // The change log's last entry, inside the batch: its own deletions are the entries since the index caught up.
    private long LastChange()
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM unit_change";
        return (long)command.ExecuteScalar()!;
    }

    private HashFilter LoadSourceHashes(long memoryId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM unit WHERE memory_id = $memory";
        command.Parameters.AddWithValue("$memory", memoryId);
        var filter = new HashFilter((long)command.ExecuteScalar()!);
        command.CommandText = "SELECT source_hash FROM unit WHERE memory_id = $memory";
        using var reader = command.ExecuteReader();
        while (reader.Read()) filter.Add(reader.GetInt64(0));
        return filter;
    }

    // The batch holds the write lock, so it numbers its units itself; AUTOINCREMENT's high-water mark counts deleted
    // units too, so no id is ever given twice. Also: how many rows the table holds (for the bulk-load decision).
    private (long NextId, long Rows) IdsAndRows()
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'unit'), 0),
                       coalesce((SELECT max(id) FROM unit), 0)) + 1,
                   (SELECT count(*) FROM unit)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The time as stored, formatted once per second rather than once per unit.
    private string NowText(DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        if (second != nowSecond)
        {
            nowSecond = second;
            nowText = Timestamps.Format(now);
        }
        return nowText;
    }

    // a unit written while the source-hash index is away, and whether the file gave its dates
    private readonly record struct UncheckedUnit(long Id, bool Dated, bool ChangeDated);

    private sealed class Prepared(MemoryUnit unit, long sourceHash, int[] tokenIds) : PreparedUnit(unit)
    {
        public void Deconstruct(out MemoryUnit unit, out long source, out int[] tokens) =>
            (unit, source, tokens) = (Unit, sourceHash, tokenIds);
    }
}

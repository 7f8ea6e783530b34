using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The translation memories kept in the workspace's own SQLite file, with the fuzzy index beside it; owns their SQL.</summary>
public sealed class SqliteMemoryStore : ITranslationMemoryStore
{
    private const string SelectMemory = """
        SELECT id, name, source_lang AS SourceLanguage, target_lang AS TargetLanguage, created_at AS CreatedAt
        FROM memory
        """;

    private const string InsertMemory = """
        INSERT INTO memory (name, source_lang, target_lang, created_at)
        VALUES (@Name, @SourceLanguage, @TargetLanguage, @CreatedAt)
        ON CONFLICT (name) DO NOTHING
        """;

    private const string SelectUnits = "SELECT " + UnitReader.Columns + """

        FROM unit
        WHERE +memory_id = ?1 AND id BETWEEN ?2 AND ?3
          AND (?4 IS NULL OR document = ?4)
          AND (?5 IS NULL OR changed_at >= ?5)
        ORDER BY id
        """;

    // The memory's id range from the covering source-hash index; the units are then read in one pass over that range
    // of the table (the unary + keeps SQLite off the index, whose order would cost a sort: 190 ms against 30 ms for 100k units).
    private const string SelectIdRange = "SELECT min(id) AS First, max(id) AS Last FROM unit WHERE memory_id = $memory";

    private const string SelectUnitsById = "SELECT " + UnitReader.Columns + " FROM unit WHERE id IN (SELECT value FROM json_each($ids))";

    // The page's ids first, in one pass over the table (+memory_id keeps SQLite off the source-hash index, which it
    // would walk fetching each row out of order), sorting only (id, changed_at); then the page's 50 rows. Measured on a
    // 1M-unit memory: the first page 5.5–5.8 s as one plain query, 2.2–3.1 s with the + alone, 0.45–0.7 s so (1.1–1.4 s
    // at offset 5,000). No index on changed_at: a bulk import would have to build that one too.
    private const string SelectPage = "SELECT " + UnitReader.Columns + """

        FROM unit
        WHERE id IN (SELECT id FROM unit WHERE +memory_id = $memory ORDER BY changed_at DESC, id DESC LIMIT $limit OFFSET $offset)
        ORDER BY changed_at DESC, id DESC
        """;

    // The unit a segment of this document confirmed before, in this context: a revision updates it. A unit aligned or
    // imported with the same source is another translation of the sentence, never this one's to overwrite.
    private const string FindOwnConfirmed = """
        SELECT id FROM unit
        WHERE memory_id = @memory AND source_hash = @hash AND source = @Source AND prev_hash IS @prev AND next_hash IS @next
          AND origin = 'translation' AND document IS @Document
        ORDER BY id DESC
        LIMIT 1
        """;

    // The same pair (as PairHash: source, target, no inline codes, context), whatever made it
    private const string FindSamePair = """
        SELECT id FROM unit
        WHERE memory_id = @memory AND source_hash = @hash AND source = @Source AND target = @Target AND prev_hash IS @prev AND next_hash IS @next
          AND source_markup IS NULL AND target_markup IS NULL
        ORDER BY id DESC
        LIMIT 1
        """;

    private const string UpdateConfirmed = """
        UPDATE unit
        SET target = @Target, origin = 'translation', document = coalesce(@Document, document), changed_at = @now, changed_by = @author
        WHERE id = @id
        """;

    private const string InsertConfirmed = """
        INSERT INTO unit (memory_id, source, target, source_hash, prev_hash, next_hash, origin, document, created_by, created_at, changed_by, changed_at)
        VALUES (@memory, @Source, @Target, @hash, @prev, @next, 'translation', @Document, @author, @now, @author, @now)
        RETURNING id
        """;

    private const string TargetsLike = """
        SELECT id FROM unit
        WHERE memory_id = @memoryId AND target LIKE @pattern ESCAPE '\'
        ORDER BY id DESC
        LIMIT @max
        """;

    private readonly Workspace.Workspace workspace;
    private readonly Lazy<FuzzyIndex> index;

    internal SqliteMemoryStore(Workspace.Workspace workspace)
    {
        this.workspace = workspace;
        index = new Lazy<FuzzyIndex>(() => new FuzzyIndex(workspace));
    }

    public string Location => $"workspace {workspace.Path}";

    /// <summary>The fuzzy candidate index of the workspace's memories (WORKSPACE.fuzzy), opened on first use.</summary>
    public FuzzyIndex Index => index.Value;

    public IReadOnlyList<TranslationMemory> List()
    {
        using var connection = workspace.Connect();
        return connection.Query<TranslationMemory>(SelectMemory + " ORDER BY id").ToList();
    }

    public TranslationMemory? Find(string name)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name });
    }

    public TranslationMemory Get(string name) => Find(name) ?? throw MemoryChecks.NoSuchMemory(name, Location, List());

    public TranslationMemory Get(long id)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE id = @id", new { id })
            ?? throw new InvalidInputException($"no memory with id {id} in {Location}.");
    }

    public TranslationMemory Open(string name, string sourceLanguage, string targetLanguage)
    {
        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        var memory = Open(connection, transaction, name, sourceLanguage, targetLanguage, workspace.Now());
        transaction.Commit();
        return memory;
    }

    /// <summary>Finds or creates a memory inside the caller's transaction, so that a failed import does not leave an empty memory behind.</summary>
    internal static TranslationMemory Open(
        SqliteConnection connection, SqliteTransaction transaction, string name, string sourceLanguage, string targetLanguage, string now)
    {
        MemoryChecks.CheckPair(name, sourceLanguage, targetLanguage);
        connection.Execute(InsertMemory, new { Name = name, SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage, CreatedAt = now }, transaction);
        var memory = connection.QuerySingle<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name }, transaction);
        MemoryChecks.CheckServes(memory, sourceLanguage, targetLanguage);
        return memory;
    }

    public bool DeleteMemory(TranslationMemory memory, bool onlyIfEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        // checked and deleted in one statement: a unit stored meanwhile (an import, the web) keeps the memory
        var deleted = connection.Execute(onlyIfEmpty ? DeleteEmptyMemory : "DELETE FROM memory WHERE id = @Id", memory, transaction) > 0;
        transaction.Commit();
        return deleted;
    }

    private const string DeleteEmptyMemory = """
        DELETE FROM memory
        WHERE id = @Id
          AND NOT EXISTS (SELECT 1 FROM unit WHERE memory_id = @Id)
        """;

    public IUnitBatch BeginBatch(string name, string sourceLanguage, string targetLanguage) =>
        new SqliteUnitBatch(workspace, this, name, sourceLanguage, targetLanguage);

    /// <summary>A batch that turns to a bulk load after <paramref name="bulkThreshold"/> units (tests use small ones).</summary>
    internal SqliteUnitBatch BeginBatch(string name, string sourceLanguage, string targetLanguage, int bulkThreshold) =>
        new(workspace, this, name, sourceLanguage, targetLanguage, bulkThreshold);

    public IEnumerable<MemoryUnit> Units(TranslationMemory memory, UnitFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        filter ??= UnitFilter.All;
        long? first, last;
        using (var connection = workspace.Connect())
        {
            (first, last) = connection.QuerySingle<(long?, long?)>(SelectIdRange, new { memory = memory.Id });
        }
        if (first is null) yield break;
        using var scan = ScanConnection.Open(workspace.Path, Workspace.Workspace.BusyTimeoutMilliseconds);
        using var rows = new UnitRowReader(scan.Handle, SelectUnits);
        rows.Bind(1, memory.Id);
        rows.Bind(2, first);
        rows.Bind(3, last);
        rows.Bind(4, filter.Document);
        rows.Bind(5, filter.ChangedSince is { } since ? Workspace.Timestamps.Format(since) : null);
        foreach (var unit in rows.Units()) yield return unit;
    }

    public long Count(TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = workspace.Connect();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = @Id", memory);
    }

    public MemoryUnit? Unit(long id) => Load([id]).SingleOrDefault();

    public IReadOnlyList<MemoryUnit> Page(TranslationMemory memory, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = workspace.Connect();
        return ReadUnits(connection, SelectPage, ("$memory", memory.Id), ("$limit", limit), ("$offset", offset));
    }

    public MemoryUnit Update(long id, string source, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        MemoryChecks.CheckEdit(source, target);
        using var connection = workspace.Connect();
        var changed = connection.Execute(
            "UPDATE unit SET source = @source, source_hash = @hash, target = @target, changed_at = @now, changed_by = @author WHERE id = @id",
            new { id, source, target, hash = TextHash.OfKey(source), now = workspace.Now(), author = workspace.Author });
        if (changed == 0) throw new InvalidInputException($"no unit {id} in {Location}.");
        return Unit(id)!;
    }

    public bool Delete(long id)
    {
        using var connection = workspace.Connect();
        return connection.Execute("DELETE FROM unit WHERE id = @id", new { id }) > 0;
    }

    public long StoreConfirmed(TranslationMemory memory, MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(unit);
        var now = workspace.Now();
        var row = new
        {
            memory = memory.Id, unit.Source, unit.Target, hash = TextHash.OfKey(unit.Source), prev = unit.Context.Previous,
            next = unit.Context.Next, unit.Document, author = workspace.Author, now,
        };
        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        var own = connection.ExecuteScalar<long?>(FindOwnConfirmed, row, transaction);
        var same = connection.ExecuteScalar<long?>(FindSamePair, row, transaction);
        long id;
        if (same is { } stored)
        {
            // the memory has this translation already; a revision back to it leaves the one it replaced nowhere
            if (own is { } replaced && replaced != stored) connection.Execute("DELETE FROM unit WHERE id = @replaced", new { replaced }, transaction);
            id = stored;
        }
        else if (own is { } revised)
        {
            connection.Execute(UpdateConfirmed, new { unit.Target, unit.Document, now, author = workspace.Author, id = revised }, transaction);
            id = revised;
        }
        else
        {
            id = connection.ExecuteScalar<long>(InsertConfirmed, row, transaction);
        }
        transaction.Commit();
        return id;
    }

    public void MarkUsed(IReadOnlyCollection<long> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (unitIds.Count == 0) return;
        var now = workspace.Now();
        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE unit SET usage_count = usage_count + 1, last_used_at = @now WHERE id = @id", unitIds.Select(id => new { id, now }), transaction);
        transaction.Commit();
    }

    public IReadOnlyList<long> WithSameKey(long memoryId, long keyHash)
    {
        using var connection = workspace.Connect();
        return connection.Query<long>("SELECT id FROM unit WHERE memory_id = @memoryId AND source_hash = @keyHash", new { memoryId, keyHash }).ToList();
    }

    public IReadOnlyList<MemoryUnit> Load(IReadOnlyCollection<long> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (unitIds.Count == 0) return [];
        using var connection = workspace.Connect();
        return ReadUnits(connection, SelectUnitsById, ("$ids", JsonSerializer.Serialize(unitIds)));
    }

    public FuzzySearch Search(string[] queryTokens, long memoryId, int minScore, bool exhaustive) =>
        Index.Search(queryTokens, memoryId, minScore, exhaustive);

    public IReadOnlyList<long> SourcesContaining(IReadOnlyList<string[]> phrase, long memoryId, int max) => Index.Containing(phrase, memoryId, max);

    public IReadOnlyList<long> TargetsContaining(string word, long memoryId, int max)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var connection = workspace.Connect();
        return connection.Query<long>(TargetsLike, new { memoryId, pattern = SqlLike.Containing(word), max }).ToList();
    }

    public (IReadOnlyList<string> Problems, IReadOnlyList<string> Repairs) CheckIndex(bool repair)
    {
        var problems = FuzzyIndexCheck.Problems(workspace, Index);
        if (problems.Count == 0 || !repair) return (problems, []);
        Index.Rebuild();
        var repairs = new[] { $"rebuilt the fuzzy index {Index.Path} from the unit table ({Index.Size.InFile:N0} units)" };
        return (FuzzyIndexCheck.Problems(workspace, Index), repairs);
    }

    public void Dispose()
    {
        if (index.IsValueCreated) index.Value.Dispose();
    }

    private static List<MemoryUnit> ReadUnits(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var units = new List<MemoryUnit>();
        while (reader.Read()) units.Add(UnitReader.Read(reader));
        return units;
    }
}

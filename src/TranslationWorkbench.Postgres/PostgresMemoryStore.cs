using Dapper;
using Npgsql;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Postgres;

/// <summary>
/// Translation memories a team shares on a PostgreSQL server: every workbench reads and writes the same units,
/// and a unit one of them confirms is found by the others' next lookup. Matching works as in a workspace: the
/// same scores and kinds, with fuzzy candidates read from a postings table inside PostgreSQL (the rarest query
/// tokens' postings, as the workspace's prefix filter does) and verified here by word edit distance.
/// </summary>
public sealed class PostgresMemoryStore : ITranslationMemoryStore
{
    private const string SelectMemory = "SELECT id, name, source_lang AS SourceLanguage, target_lang AS TargetLanguage, created_at AS CreatedAt FROM memory";

    private const string SelectUnits = "SELECT " + UnitReader.Columns + """

        FROM unit
        WHERE memory_id = @memory
          AND (@document::text IS NULL OR document = @document)
          AND (@since::text IS NULL OR changed_at >= @since)
        ORDER BY id
        """;

    private const string InsertConfirmed = """
        INSERT INTO unit (memory_id, source, target, source_hash, pair_hash, prev_hash, next_hash, origin, document,
                          created_by, created_at, changed_by, changed_at, tokens)
        VALUES (@memory, @Source, @Target, @hash, @pair, @prev, @next, 'translation', @Document, @author, @now, @author, @now, @tokens)
        RETURNING id
        """;

    private const string InsertPostings = """
        INSERT INTO posting (memory_id, token, unit_id, length)
        SELECT @memory, t.token, @id, @length FROM (SELECT DISTINCT unnest(@tokens) AS token) AS t
        ON CONFLICT DO NOTHING
        """;

    private readonly NpgsqlDataSource source;
    private readonly TimeProvider clock;
    private readonly PostgresSearch candidates;

    private PostgresMemoryStore(NpgsqlDataSource source, TimeProvider clock, string author, string location)
    {
        this.source = source;
        this.clock = clock;
        Author = author;
        Location = location;
        candidates = new PostgresSearch(source);
    }

    public string Location { get; }

    internal string Author { get; }


    /// <summary>Connects to the server (an Npgsql connection string: Host=…;Database=…), creating or migrating the tables.</summary>
    public static PostgresMemoryStore Open(string connectionString, TimeProvider? clock = null, string? author = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException($"--memory-db: not a PostgreSQL connection string (Host=…;Database=…;Username=…): {e.Message}", e);
        }
        var location = $"PostgreSQL {builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        var source = NpgsqlDataSource.Create(builder);
        try
        {
            using var connection = source.OpenConnection();
            PostgresSchema.Migrate(connection);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            source.Dispose();
            throw new InvalidInputException($"{location}: cannot use the shared memory: {e.Message}", e);
        }
        return new PostgresMemoryStore(source, clock ?? TimeProvider.System, author ?? Environment.UserName, location);
    }

    internal string Now() => Timestamps.Format(clock.GetUtcNow());

    public IReadOnlyList<TranslationMemory> List()
    {
        using var connection = source.OpenConnection();
        return connection.Query<TranslationMemory>(SelectMemory + " ORDER BY id").ToList();
    }

    public TranslationMemory? Find(string name)
    {
        using var connection = source.OpenConnection();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name });
    }

    public TranslationMemory Get(string name) => Find(name) ?? throw MemoryChecks.NoSuchMemory(name, Location, List());

    public TranslationMemory Get(long id)
    {
        using var connection = source.OpenConnection();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE id = @id", new { id })
            ?? throw new InvalidInputException($"no memory with id {id} in {Location}.");
    }

    public TranslationMemory Open(string name, string sourceLanguage, string targetLanguage)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var memory = Open(connection, transaction, name, sourceLanguage, targetLanguage);
        transaction.Commit();
        return memory;
    }

    internal TranslationMemory Open(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string sourceLanguage, string targetLanguage)
    {
        MemoryChecks.CheckPair(name, sourceLanguage, targetLanguage);
        connection.Execute(
            "INSERT INTO memory (name, source_lang, target_lang, created_at) VALUES (@name, @sourceLanguage, @targetLanguage, @now) ON CONFLICT (name) DO NOTHING",
            new { name, sourceLanguage, targetLanguage, now = Now() }, transaction);
        var memory = connection.QuerySingle<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name }, transaction);
        MemoryChecks.CheckServes(memory, sourceLanguage, targetLanguage);
        return memory;
    }

    public bool DeleteMemory(TranslationMemory memory, bool onlyIfEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (onlyIfEmpty)
        {
            // the memory's row locked first: a unit stored meanwhile waits for this transaction, or keeps the memory
            var empty = connection.ExecuteScalar<bool>(
                "SELECT NOT EXISTS (SELECT 1 FROM unit WHERE memory_id = m.id) FROM memory m WHERE m.id = @Id FOR UPDATE", memory, transaction);
            if (!empty) return false;
        }
        // postings are keyed by memory, not chained to it: delete them first, in bulk, then the units go with the memory
        connection.Execute("DELETE FROM posting WHERE memory_id = @Id", memory, transaction);
        var deleted = connection.Execute("DELETE FROM memory WHERE id = @Id", memory, transaction) > 0;
        transaction.Commit();
        return deleted;
    }

    public IUnitBatch BeginBatch(string name, string sourceLanguage, string targetLanguage) =>
        new PostgresUnitBatch(source, this, name, sourceLanguage, targetLanguage);

    public IEnumerable<MemoryUnit> Units(TranslationMemory memory, UnitFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        filter ??= UnitFilter.All;
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand(SelectUnits, connection);
        command.Parameters.AddWithValue("memory", memory.Id);
        command.Parameters.AddWithValue("document", (object?)filter.Document ?? DBNull.Value);
        command.Parameters.AddWithValue("since", filter.ChangedSince is { } since ? Timestamps.Format(since) : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return UnitReader.Read(reader);
    }

    public long Count(TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = source.OpenConnection();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = @Id", memory);
    }

    public MemoryUnit? Unit(long id) => Load([id]).SingleOrDefault();

    public IReadOnlyList<MemoryUnit> Page(TranslationMemory memory, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return Read($"SELECT {UnitReader.Columns} FROM unit WHERE memory_id = @memory ORDER BY changed_at DESC, id DESC LIMIT @limit OFFSET @offset",
            ("memory", memory.Id), ("limit", limit), ("offset", offset));
    }

    public MemoryUnit Update(long id, string sourceText, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceText);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        MemoryChecks.CheckEdit(sourceText, target);
        var old = Unit(id) ?? throw new InvalidInputException($"no unit {id} in {Location}.");
        var updated = old with { Source = sourceText, Target = target };
        var tokens = TokenHashes.OfText(sourceText);
        var oldTokens = TokenHashes.OfText(old.Source);
        using (var connection = source.OpenConnection())
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                "UPDATE unit SET source = @sourceText, source_hash = @hash, pair_hash = @pair, target = @target, tokens = @tokens, changed_at = @now, changed_by = @author WHERE id = @id",
                new { id, sourceText, target, hash = TextHash.OfKey(sourceText), pair = PairHash.Of(updated), tokens, now = Now(), author = Author }, transaction);
            connection.Execute("DELETE FROM posting WHERE unit_id = @id", new { id }, transaction);
            connection.Execute(InsertPostings, new { memory = old.MemoryId, id, length = tokens.Length, tokens }, transaction);
            transaction.Commit();
        }
        var deltas = new Dictionary<long, long>();
        TokenFrequencies.Count(deltas, oldTokens, -1);
        TokenFrequencies.Count(deltas, tokens, +1);
        TokenFrequencies.Apply(source, old.MemoryId, deltas);
        return Unit(id)!;
    }

    public bool Delete(long id)
    {
        long memoryId;
        long[] tokens;
        using (var connection = source.OpenConnection())
        {
            var deleted = connection.QuerySingleOrDefault<(long MemoryId, long[] Tokens)?>("DELETE FROM unit WHERE id = @id RETURNING memory_id, tokens", new { id });
            if (deleted is null) return false;
            (memoryId, tokens) = deleted.Value;
        }
        var deltas = new Dictionary<long, long>();
        TokenFrequencies.Count(deltas, tokens, -1);
        TokenFrequencies.Apply(source, memoryId, deltas);
        return true;
    }

    public long StoreConfirmed(TranslationMemory memory, MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(unit);
        var now = Now();
        var hash = TextHash.OfKey(unit.Source);
        var tokens = TokenHashes.OfText(unit.Source);
        var row = new
        {
            memory = memory.Id, unit.Source, unit.Target, hash, pair = PairHash.Of(unit), prev = unit.Context.Previous, next = unit.Context.Next,
            unit.Document, author = Author, now, tokens,
        };
        long id;
        var inserted = false;
        long[]? removedTokens = null;
        using (var connection = source.OpenConnection())
        using (var transaction = connection.BeginTransaction())
        {
            // Two workbenches confirming the same sentence at once take turns here: one unit, updated twice.
            connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = hash ^ (unit.Context.Previous ?? 17) ^ ((unit.Context.Next ?? 31) << 1) ^ memory.Id }, transaction);
            var same = connection.ExecuteScalar<long?>("SELECT id FROM unit WHERE memory_id = @memory AND pair_hash = @pair", row, transaction);
            // the unit this document confirmed before in this context: aligned and imported units are other translations
            var own = connection.ExecuteScalar<long?>(
                """
                SELECT id FROM unit
                WHERE memory_id = @memory AND source_hash = @hash AND source = @Source AND prev_hash IS NOT DISTINCT FROM @prev
                  AND next_hash IS NOT DISTINCT FROM @next AND origin = 'translation' AND document IS NOT DISTINCT FROM @Document
                ORDER BY id DESC LIMIT 1
                """,
                row, transaction);
            if (same is { } stored)
            {
                // the memory has this translation already; a revision back to it leaves the one it replaced nowhere
                if (own is { } replaced && replaced != stored)
                {
                    removedTokens = connection.QuerySingle<long[]>("DELETE FROM unit WHERE id = @replaced RETURNING tokens", new { replaced }, transaction);
                }
                id = stored;
            }
            else if (own is { } revised)
            {
                connection.Execute(
                    "UPDATE unit SET target = @Target, pair_hash = @pair, document = coalesce(@Document, document), changed_at = @now, changed_by = @author WHERE id = @id",
                    new { unit.Target, row.pair, unit.Document, now, author = Author, id = revised }, transaction);
                id = revised;
            }
            else
            {
                id = connection.ExecuteScalar<long>(InsertConfirmed, row, transaction);
                connection.Execute(InsertPostings, new { memory = memory.Id, id, length = tokens.Length, tokens }, transaction);
                inserted = true;
            }
            transaction.Commit();
        }
        if (inserted || removedTokens is not null)
        {
            var deltas = new Dictionary<long, long>();
            TokenFrequencies.Count(deltas, inserted ? tokens : removedTokens!, inserted ? +1 : -1);
            TokenFrequencies.Apply(source, memory.Id, deltas);
        }
        return id;
    }

    public void MarkUsed(IReadOnlyCollection<long> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (unitIds.Count == 0) return;
        using var connection = source.OpenConnection();
        connection.Execute("UPDATE unit SET usage_count = usage_count + 1, last_used_at = @now WHERE id = ANY(@ids)", new { ids = unitIds.ToArray(), now = Now() });
    }

    public IReadOnlyList<long> WithSameKey(long memoryId, long keyHash)
    {
        using var connection = source.OpenConnection();
        return connection.Query<long>("SELECT id FROM unit WHERE memory_id = @memoryId AND source_hash = @keyHash", new { memoryId, keyHash }).ToList();
    }

    public IReadOnlyList<MemoryUnit> Load(IReadOnlyCollection<long> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        return unitIds.Count == 0 ? [] : Read($"SELECT {UnitReader.Columns} FROM unit WHERE id = ANY(@ids)", ("ids", unitIds.ToArray()));
    }

    public FuzzySearch Search(string[] queryTokens, long memoryId, int minScore, bool exhaustive) =>
        candidates.Run(queryTokens, memoryId, minScore, exhaustive);

    public IReadOnlyList<long> SourcesContaining(IReadOnlyList<string[]> phrase, long memoryId, int max) => candidates.Containing(phrase, memoryId, max);

    public IReadOnlyList<long> TargetsContaining(string word, long memoryId, int max)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var connection = source.OpenConnection();
        return connection.Query<long>(
            "SELECT id FROM unit WHERE memory_id = @memoryId AND target ILIKE @pattern ESCAPE '\\' ORDER BY id DESC LIMIT @max",
            new { memoryId, pattern = SqlLike.Containing(word), max }).ToList();
    }

    public (IReadOnlyList<string> Problems, IReadOnlyList<string> Repairs) CheckIndex(bool repair) => PostgresIndexCheck.Run(source, repair);

    public void Dispose() => source.Dispose();

    private List<MemoryUnit> Read(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var units = new List<MemoryUnit>();
        while (reader.Read()) units.Add(UnitReader.Read(reader));
        return units;
    }
}

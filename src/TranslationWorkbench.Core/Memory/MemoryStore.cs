using Dapper;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The named translation memories of a workspace and their units; owns their SQL.</summary>
public sealed class MemoryStore
{
    /// <summary>The memory commands use when none is named.</summary>
    public const string DefaultName = "default";

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
        WHERE memory_id = $memory
          AND ($document IS NULL OR document = $document)
          AND ($since IS NULL OR changed_at >= $since)
        ORDER BY id
        """;

    private readonly Workspace.Workspace workspace;

    private readonly Lazy<FuzzyIndex> index;

    internal MemoryStore(Workspace.Workspace workspace)
    {
        this.workspace = workspace;
        index = new Lazy<FuzzyIndex>(() => new FuzzyIndex(workspace));
    }

    /// <summary>The fuzzy candidate index of the workspace's memories (WORKSPACE.fuzzy), opened on first use.</summary>
    public FuzzyIndex Index => index.Value;

    internal bool IndexOpened => index.IsValueCreated;

    public IReadOnlyList<TranslationMemory> List()
    {
        using var connection = workspace.Connect();
        return connection.Query<TranslationMemory>(SelectMemory + " ORDER BY id").ToList();
    }

    /// <summary>The memory called <paramref name="name"/>, or null.</summary>
    public TranslationMemory? Find(string name)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name });
    }

    /// <summary>The memory called <paramref name="name"/>, created for the language pair if it does not exist.</summary>
    /// <exception cref="InvalidInputException">It exists for another language pair.</exception>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        LanguageCode.Check(sourceLanguage, "source language");
        LanguageCode.Check(targetLanguage, "target language");
        connection.Execute(InsertMemory, new { Name = name, SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage, CreatedAt = now }, transaction);
        var memory = connection.QuerySingle<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name }, transaction);
        if (!LanguageCode.Serves(memory.SourceLanguage, sourceLanguage) || !LanguageCode.Serves(memory.TargetLanguage, targetLanguage))
        {
            throw new InvalidInputException(
                $"memory '{name}' is {memory.SourceLanguage}→{memory.TargetLanguage}, not {sourceLanguage}→{targetLanguage}; name another memory with --memory.");
        }
        return memory;
    }

    /// <summary>The memory called <paramref name="name"/>; an error listing the memories there are otherwise.</summary>
    public TranslationMemory Get(string name) => Find(name) ?? throw new InvalidInputException(
        $"no memory '{name}' in {workspace.Path} (memories: {string.Join(", ", List().Select(m => m.Name).DefaultIfEmpty("none"))}).");

    /// <summary>Starts adding units to the memory called <paramref name="name"/> (created for the pair if need be) in one transaction; dispose without committing to add none, not even the memory.</summary>
    public UnitBatch BeginBatch(string name, string sourceLanguage, string targetLanguage) =>
        new(workspace, name, sourceLanguage, targetLanguage);

    /// <summary>Starts adding units to <paramref name="memory"/> in one transaction.</summary>
    public UnitBatch BeginBatch(TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return new UnitBatch(workspace, memory.Name, memory.SourceLanguage, memory.TargetLanguage);
    }

    /// <summary>The units of a memory in id order, read as they are enumerated (memory stays flat for any size).</summary>
    public IEnumerable<MemoryUnit> Units(TranslationMemory memory, UnitFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        filter ??= UnitFilter.All;
        using var connection = workspace.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = SelectUnits;
        command.Parameters.AddWithValue("$memory", memory.Id);
        command.Parameters.AddWithValue("$document", (object?)filter.Document ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", filter.ChangedSince is { } since ? Timestamps.Format(since) : DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return UnitReader.Read(reader);
    }

    public long Count(TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = workspace.Connect();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = @Id", memory);
    }

    /// <summary>Counts a use of each unit (a match inserted or pre-translated) inside the caller's transaction.</summary>
    internal void MarkUsed(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<long> unitIds)
    {
        var now = workspace.Now();
        connection.Execute(
            "UPDATE unit SET usage_count = usage_count + 1, last_used_at = @now WHERE id = @id",
            unitIds.Select(id => new { id, now }), transaction);
    }

    /// <summary>The memory with this id; an error otherwise.</summary>
    public TranslationMemory Get(long id)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE id = @id", new { id })
            ?? throw new InvalidInputException($"no memory with id {id} in {workspace.Path}.");
    }

    /// <summary>The unit with this id, or null.</summary>
    public MemoryUnit? Unit(long id)
    {
        using var connection = workspace.Connect();
        return ReadUnits(connection, "SELECT " + UnitReader.Columns + " FROM unit WHERE id = $id", ("$id", id)).SingleOrDefault();
    }

    /// <summary>A page of a memory's units, the most recently changed first.</summary>
    public IReadOnlyList<MemoryUnit> Page(TranslationMemory memory, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        using var connection = workspace.Connect();
        return ReadUnits(connection, "SELECT " + UnitReader.Columns + " FROM unit WHERE memory_id = $memory ORDER BY changed_at DESC, id DESC LIMIT $limit OFFSET $offset",
            ("$memory", memory.Id), ("$limit", limit), ("$offset", offset));
    }

    /// <summary>Changes a unit's source and target (the fuzzy index follows through the change log).</summary>
    public MemoryUnit Update(long id, string source, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        using var connection = workspace.Connect();
        var changed = connection.Execute(
            "UPDATE unit SET source = @source, source_hash = @hash, target = @target, changed_at = @now, changed_by = @author WHERE id = @id",
            new { id, source, target, hash = TextHash.OfKey(source), now = workspace.Now(), author = workspace.Author });
        if (changed == 0) throw new InvalidInputException($"no unit {id} in {workspace.Path}.");
        return Unit(id)!;
    }

    public bool Delete(long id)
    {
        using var connection = workspace.Connect();
        return connection.Execute("DELETE FROM unit WHERE id = @id", new { id }) > 0;
    }

    /// <summary>
    /// Stores a confirmed translation inside the caller's transaction: the unit with the same source and context
    /// gets the new target (its old one stays in the segment's revisions), or a new unit is made.
    /// </summary>
    internal long StoreConfirmed(SqliteConnection connection, SqliteTransaction transaction, TranslationMemory memory, MemoryUnit unit)
    {
        var now = workspace.Now();
        var existing = connection.ExecuteScalar<long?>(
            """
            SELECT id FROM unit
            WHERE memory_id = @memory AND source_hash = @hash AND source = @Source AND prev_hash IS @prev AND next_hash IS @next
            ORDER BY id DESC
            LIMIT 1
            """,
            new { memory = memory.Id, hash = TextHash.OfKey(unit.Source), unit.Source, prev = unit.Context.Previous, next = unit.Context.Next }, transaction);
        if (existing is { } id)
        {
            connection.Execute(
                "UPDATE unit SET target = @Target, origin = 'translation', document = coalesce(@Document, document), changed_at = @now, changed_by = @author WHERE id = @id",
                new { unit.Target, unit.Document, now, author = workspace.Author, id }, transaction);
            return id;
        }
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO unit (memory_id, source, target, source_hash, prev_hash, next_hash, origin, document, created_by, created_at, changed_by, changed_at)
            VALUES (@memory, @Source, @Target, @hash, @prev, @next, 'translation', @Document, @author, @now, @author, @now)
            RETURNING id
            """,
            new
            {
                memory = memory.Id, unit.Source, unit.Target, hash = TextHash.OfKey(unit.Source), prev = unit.Context.Previous,
                next = unit.Context.Next, unit.Document, author = workspace.Author, now,
            },
            transaction);
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

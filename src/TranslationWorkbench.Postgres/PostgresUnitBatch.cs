using Dapper;
using Npgsql;
using NpgsqlTypes;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Postgres;

/// <summary>
/// Adds units to a shared memory in one transaction: rows are streamed to a temporary table with binary COPY
/// and upserted from it every few thousand units. The unique (memory, pair hash) key makes concurrent imports
/// of the same unit merge rather than duplicate; the postings of new units are written in the same statement.
/// </summary>
internal sealed class PostgresUnitBatch : IUnitBatch
{
    private const int FlushEvery = 5_000;

    private const string CreateStage = """
        CREATE TEMP TABLE stage (
            ordinal bigint, memory_id bigint, source text, target text, source_hash bigint, pair_hash bigint, prev_hash bigint, next_hash bigint,
            origin text, document text, created_by text, created_at text, changed_by text, changed_at text, usage_count integer,
            last_used_at text, source_markup text, target_markup text, extra text, tokens bigint[], tuid text
        ) ON COMMIT DROP
        """;

    private const string Copy = """
        COPY stage (ordinal, memory_id, source, target, source_hash, pair_hash, prev_hash, next_hash, origin, document, created_by, created_at,
                    changed_by, changed_at, usage_count, last_used_at, source_markup, target_markup, extra, tokens, tuid) FROM STDIN (FORMAT BINARY)
        """;

    // A date the file did not give: a merge does not take it as now (nothing says the unit changed), so a unit
    // already stored lends its own; within the batch a copy with dates has the say (the NULLs left here); a unit new
    // to the memory without any gets now (in Upsert).
    private const string FillDates = """
        UPDATE stage AS s SET created_at = coalesce(s.created_at, u.created_at), changed_at = coalesce(s.changed_at, u.changed_at)
        FROM unit AS u
        WHERE (s.created_at IS NULL OR s.changed_at IS NULL) AND u.memory_id = s.memory_id AND u.pair_hash = s.pair_hash
        """;

    // Duplicates within the batch merge first (the larger usage, the earliest creation, the latest change and use, the
    // first tuid), then with the table (a stored unit keeps its tuid, or takes one); new units get their postings. Units are inserted in the order they came, so that
    // ids (and exports) follow the file.
    private const string Upsert = """
        WITH incoming AS (
            SELECT min(ordinal) AS ordinal, memory_id, pair_hash, min(source) AS source, min(target) AS target, min(source_hash) AS source_hash,
                   min(prev_hash) AS prev_hash, min(next_hash) AS next_hash, min(origin) AS origin, min(document) AS document,
                   min(created_by) AS created_by, coalesce(min(created_at), @now) AS created_at,
                   (array_agg(changed_by ORDER BY changed_at DESC NULLS LAST))[1] AS changed_by, coalesce(max(changed_at), @now) AS changed_at,
                   max(usage_count) AS usage_count, max(last_used_at) AS last_used_at, min(source_markup) AS source_markup,
                   min(target_markup) AS target_markup, min(extra) AS extra, min(tokens) AS tokens,
                   (array_agg(tuid ORDER BY ordinal) FILTER (WHERE tuid IS NOT NULL))[1] AS tuid
            FROM stage
            GROUP BY memory_id, pair_hash
        ), upserted AS (
            INSERT INTO unit AS u (memory_id, source, target, source_hash, pair_hash, prev_hash, next_hash, origin, document, created_by,
                                   created_at, changed_by, changed_at, usage_count, last_used_at, source_markup, target_markup, extra, tokens, tuid)
            SELECT memory_id, source, target, source_hash, pair_hash, prev_hash, next_hash, origin, document, created_by,
                   created_at, changed_by, changed_at, usage_count, last_used_at, source_markup, target_markup, extra, tokens, tuid
            FROM incoming
            ORDER BY ordinal
            ON CONFLICT (memory_id, pair_hash) DO UPDATE SET
                usage_count = greatest(u.usage_count, excluded.usage_count),
                created_at = least(u.created_at, excluded.created_at),
                changed_by = CASE WHEN excluded.changed_at > u.changed_at THEN excluded.changed_by ELSE u.changed_by END,
                changed_at = greatest(u.changed_at, excluded.changed_at),
                last_used_at = greatest(u.last_used_at, excluded.last_used_at),
                tuid = coalesce(u.tuid, excluded.tuid)
            -- the same unit again with nothing newer: no new row version
            WHERE excluded.usage_count > u.usage_count OR excluded.created_at < u.created_at OR excluded.changed_at > u.changed_at
               OR excluded.last_used_at > u.last_used_at OR (u.last_used_at IS NULL AND excluded.last_used_at IS NOT NULL)
               OR (u.tuid IS NULL AND excluded.tuid IS NOT NULL)
            RETURNING u.id, u.memory_id, u.tokens, u.pair_hash, (xmax = 0) AS inserted
        ), postings AS (
            INSERT INTO posting (memory_id, token, unit_id, length)
            SELECT p.memory_id, t.token, p.id, cardinality(p.tokens)
            FROM upserted AS p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.tokens) AS token) AS t
            WHERE p.inserted
        )
        SELECT pair_hash FROM upserted WHERE inserted
        """;

    private readonly NpgsqlDataSource source;
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly PostgresMemoryStore store;
    private readonly List<Prepared> staged = [];
    private readonly Dictionary<long, long> frequencies = [];
    private int addedTotal;
    private int stagedTotal;

    public PostgresUnitBatch(NpgsqlDataSource source, PostgresMemoryStore store, string name, string sourceLanguage, string targetLanguage)
    {
        this.source = source;
        this.store = store;
        connection = source.OpenConnection();
        transaction = connection.BeginTransaction();
        try
        {
            Memory = store.Open(connection, transaction, name, sourceLanguage, targetLanguage);
            connection.Execute(CreateStage, transaction: transaction);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public TranslationMemory Memory { get; } = null!;

    public int Added => addedTotal;

    public int Merged => stagedTotal - addedTotal;

    public void Add(MemoryUnit unit) => Add(Prepare(unit));

    public PreparedUnit Prepare(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new Prepared(unit, TokenHashes.OfText(unit.Source), Core.Text.TextHash.OfKey(unit.Source), PairHash.Of(unit));
    }

    public void Add(PreparedUnit unit)
    {
        staged.Add(unit as Prepared ?? throw new ArgumentException("The unit was prepared by another kind of batch.", nameof(unit)));
        if (staged.Count >= FlushEvery) Flush();
    }

    public void Commit()
    {
        Flush();
        transaction.Commit();
        TokenFrequencies.Apply(source, Memory.Id, frequencies);
        // After a large import, fresh statistics and visibility: with stale statistics the planner read every posting
        // of the memory for each lookup (970 ms at 100k units, 15 ms after ANALYZE), and until the new postings are
        // marked all-visible their index-only scans still visit the table (VACUUM; autovacuum would, later).
        if (addedTotal >= FuzzyIndex.MergeThreshold) connection.Execute("VACUUM (ANALYZE) posting; ANALYZE unit; ANALYZE token_frequency");
    }

    public void Dispose()
    {
        transaction?.Dispose();
        connection?.Dispose();
    }

    private void Flush()
    {
        if (staged.Count == 0) return;
        var now = store.Now();
        var tokensOf = new Dictionary<long, long[]>();
        using (var writer = connection.BeginBinaryImport(Copy))
        {
            foreach (var (unit, tokens, sourceHash, pairHash) in staged)
            {
                tokensOf[pairHash] = tokens;
                writer.StartRow();
                writer.Write((long)stagedTotal + tokensOf.Count, NpgsqlDbType.Bigint);
                writer.Write(Memory.Id, NpgsqlDbType.Bigint);
                writer.Write(unit.Source, NpgsqlDbType.Text);
                writer.Write(unit.Target, NpgsqlDbType.Text);
                writer.Write(sourceHash, NpgsqlDbType.Bigint);
                writer.Write(pairHash, NpgsqlDbType.Bigint);
                Nullable(writer, unit.Context.Previous);
                Nullable(writer, unit.Context.Next);
                writer.Write(unit.Origin.ToText(), NpgsqlDbType.Text);
                Nullable(writer, unit.Document);
                writer.Write(unit.CreatedBy ?? store.Author, NpgsqlDbType.Text);
                Nullable(writer, unit.CreatedAt is { } created ? Timestamps.Format(created) : null);
                writer.Write(unit.ChangedBy ?? unit.CreatedBy ?? store.Author, NpgsqlDbType.Text);
                Nullable(writer, (unit.ChangedAt ?? unit.CreatedAt) is { } changed ? Timestamps.Format(changed) : null);
                writer.Write(unit.UsageCount, NpgsqlDbType.Integer);
                Nullable(writer, unit.LastUsedAt is { } used ? Timestamps.Format(used) : null);
                Nullable(writer, unit.SourceMarkup);
                Nullable(writer, unit.TargetMarkup);
                Nullable(writer, UnitProperties.ToJson(unit.Properties));
                writer.Write(tokens, NpgsqlDbType.Array | NpgsqlDbType.Bigint);
                Nullable(writer, unit.TuId);
            }
            writer.Complete();
        }
        connection.Execute(FillDates, transaction: transaction);
        var inserted = connection.Query<long>(Upsert, new { now }, transaction).ToList();
        foreach (var pairHash in inserted) TokenFrequencies.Count(frequencies, tokensOf[pairHash], +1);
        connection.Execute("TRUNCATE stage", transaction: transaction);
        addedTotal += inserted.Count;
        stagedTotal += staged.Count;
        staged.Clear();
    }

    private static void Nullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null) writer.WriteNull();
        else writer.Write(value, NpgsqlDbType.Text);
    }

    private static void Nullable(NpgsqlBinaryImporter writer, long? value)
    {
        if (value is { } number) writer.Write(number, NpgsqlDbType.Bigint);
        else writer.WriteNull();
    }

    private sealed class Prepared(MemoryUnit unit, long[] tokens, long sourceHash, long pairHash) : PreparedUnit(unit)
    {
        public void Deconstruct(out MemoryUnit unit, out long[] tokenHashes, out long source, out long pair) =>
            (unit, tokenHashes, source, pair) = (Unit, tokens, sourceHash, pairHash);
    }
}

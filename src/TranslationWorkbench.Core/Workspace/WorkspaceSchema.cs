using Dapper;
using Microsoft.Data.Sqlite;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>The workspace's tables, versioned with PRAGMA user_version; each migration runs once, in order, in a transaction.</summary>
internal static class WorkspaceSchema
{
    // Never edit a migration that has shipped: add a new one at the end.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE document (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            origin_file TEXT NOT NULL,
            checksum    TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            trailing    TEXT NOT NULL DEFAULT '',
            UNIQUE (checksum, source_lang, target_lang)
        );

        CREATE TABLE segment (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            position      INTEGER NOT NULL,
            paragraph     INTEGER NOT NULL,
            space_before  TEXT NOT NULL DEFAULT '',
            source        TEXT NOT NULL,
            source_hash   INTEGER NOT NULL,
            words         INTEGER NOT NULL,
            target        TEXT,
            status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'draft', 'translated', 'reviewed')),
            target_origin TEXT,
            match_score   INTEGER,
            revision      INTEGER NOT NULL DEFAULT 0,
            UNIQUE (document_id, position)
        );

        CREATE TABLE revision (
            segment_id  INTEGER NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
            number      INTEGER NOT NULL,
            target      TEXT NOT NULL,
            status      TEXT NOT NULL,
            origin      TEXT NOT NULL,
            match_score INTEGER,
            author      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            PRIMARY KEY (segment_id, number)
        ) WITHOUT ROWID;

        CREATE TABLE memory (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            created_at  TEXT NOT NULL
        );

        CREATE TABLE unit (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            memory_id     INTEGER NOT NULL REFERENCES memory (id) ON DELETE CASCADE,
            source        TEXT NOT NULL,
            target        TEXT NOT NULL,
            source_hash   INTEGER NOT NULL,
            prev_hash     INTEGER,
            next_hash     INTEGER,
            origin        TEXT NOT NULL CHECK (origin IN ('alignment', 'translation', 'import')),
            document      TEXT,
            created_by    TEXT,
            created_at    TEXT NOT NULL,
            changed_by    TEXT,
            changed_at    TEXT NOT NULL,
            usage_count   INTEGER NOT NULL DEFAULT 0,
            last_used_at  TEXT,
            source_markup TEXT,
            target_markup TEXT,
            extra         TEXT
        );

        CREATE INDEX unit_by_source_hash ON unit (memory_id, source_hash);

        -- The fuzzy index file covers units up to an id (ids only grow: AUTOINCREMENT) and changes up to a seq;
        -- units whose source changed or that were deleted since are logged here for every process to catch up.
        CREATE TABLE unit_change (
            seq     INTEGER PRIMARY KEY AUTOINCREMENT,
            unit_id INTEGER NOT NULL
        );

        CREATE TRIGGER unit_source_changed AFTER UPDATE OF source, memory_id ON unit
        BEGIN
            INSERT INTO unit_change (unit_id) VALUES (old.id);
        END;

        CREATE TRIGGER unit_deleted AFTER DELETE ON unit
        BEGIN
            INSERT INTO unit_change (unit_id) VALUES (old.id);
        END;
        CREATE INDEX segment_by_source_hash ON segment (document_id, source_hash);
        """,

        // The source hash first: a bulk import builds this index again at commit (SqliteUnitBatch), and with the
        // memory first, a column nearly every key shares, SQLite's sorter took its slow comparison for every pair
        // (a million units: 0.6–1.0 s, against 0.4–0.6 s hash first). Lookups give both columns, so they use it
        // either way; what asks by memory alone reads the whole index instead of the memory's part of it.
        """
        DROP INDEX unit_by_source_hash;
        CREATE INDEX unit_by_source_hash ON unit (source_hash, memory_id);
        """,

        // An imported unit's tuid, written out again on export (TICO-19's "CMU_1:1" stays itself); null for a unit made
        // here, which goes out with its id. Adding a column rewrites nothing.
        "ALTER TABLE unit ADD COLUMN tuid TEXT;",
    ];

    public static int Version => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        if (connection.ExecuteScalar<long>("PRAGMA user_version") == Migrations.Length) return;

        // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new workspace migrate it once.
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = (int)connection.ExecuteScalar<long>("PRAGMA user_version", transaction: transaction);
        if (current > Migrations.Length)
        {
            throw new InvalidInputException(
                $"{connection.DataSource}: the workspace has schema version {current}, newer than this tw knows ({Migrations.Length}); update tw.");
        }
        for (var version = current; version < Migrations.Length; version++)
        {
            connection.Execute(Migrations[version], transaction: transaction);
        }
        // PRAGMA takes no parameters; the value is a compile-time count, not user input.
        connection.Execute($"PRAGMA user_version = {Migrations.Length}", transaction: transaction);
        transaction.Commit();
    }
}

using System.Data.Common;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Postgres;

/// <summary>Turns unit rows into <see cref="MemoryUnit"/>s; the columns are those of <see cref="Columns"/>, in order, as the SQLite store reads them.</summary>
internal static class PostgresUnitReader
{
    public const string Columns = """
        id, memory_id, source, target, origin, prev_hash, next_hash, document, created_by, created_at,
        changed_by, changed_at, usage_count, last_used_at, source_markup, target_markup, extra
        """;

    public static MemoryUnit Read(DbDataReader row)
    {
        UnitOrigins.TryParse(row.GetString(4), out var origin);
        return new MemoryUnit
        {
            Id = row.GetInt64(0),
            MemoryId = row.GetInt64(1),
            Source = row.GetString(2),
            Target = row.GetString(3),
            Origin = origin,
            Context = new UnitContext(Int64(row, 5), Int64(row, 6)),
            Document = Text(row, 7),
            CreatedBy = Text(row, 8),
            CreatedAt = Timestamps.Parse(row.GetString(9)),
            ChangedBy = Text(row, 10),
            ChangedAt = Timestamps.Parse(row.GetString(11)),
            UsageCount = row.GetInt32(12),
            LastUsedAt = Text(row, 13) is { } used ? Timestamps.Parse(used) : null,
            SourceMarkup = Text(row, 14),
            TargetMarkup = Text(row, 15),
            Properties = UnitProperties.FromJson(Text(row, 16)),
        };
    }

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static long? Int64(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt64(column);
}

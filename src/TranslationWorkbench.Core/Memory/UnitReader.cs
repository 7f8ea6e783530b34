using System.Data.Common;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// Turns unit rows into <see cref="MemoryUnit"/>s; the columns are those of <see cref="Columns"/>, in order.
/// Every store keeps them under the same names and types, so the workspace and the shared memory read them alike.
/// </summary>
public static class UnitReader
{
    public const string Columns = """
        id, memory_id, source, target, origin, prev_hash, next_hash, document, created_by, created_at,
        changed_by, changed_at, usage_count, last_used_at, source_markup, target_markup, extra, tuid
        """;

    public static MemoryUnit Read(DbDataReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        UnitOrigins.TryParse(row.GetString(4), out var origin);
        return new MemoryUnit
        {
            Id = row.GetInt64(0),
            MemoryId = row.GetInt64(1),
            Source = row.GetString(2),
            Target = row.GetString(3),
            Origin = origin,
            Context = new UnitContext(NullableInt64(row, 5), NullableInt64(row, 6)),
            Document = NullableString(row, 7),
            CreatedBy = NullableString(row, 8),
            CreatedAt = Timestamps.Parse(row.GetString(9)),
            ChangedBy = NullableString(row, 10),
            ChangedAt = Timestamps.Parse(row.GetString(11)),
            UsageCount = row.GetInt32(12),
            LastUsedAt = NullableString(row, 13) is { } used ? Timestamps.Parse(used) : null,
            SourceMarkup = NullableString(row, 14),
            TargetMarkup = NullableString(row, 15),
            Properties = UnitProperties.FromJson(NullableString(row, 16)),
            TuId = NullableString(row, 17),
        };
    }

    private static string? NullableString(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static long? NullableInt64(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt64(column);
}

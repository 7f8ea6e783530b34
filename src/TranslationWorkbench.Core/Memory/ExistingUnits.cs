using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>Finds the unit a new one duplicates (same source, target, inline codes and context) and merges the new one into it.</summary>
/// <remarks>Merging keeps the larger usage count, the earliest creation, the latest change (and who made it) and the latest use.</remarks>
internal sealed class ExistingUnits : IDisposable
{
    private const string FindSame = """
        SELECT id, usage_count, created_at, changed_at, changed_by, last_used_at
        FROM unit
        WHERE memory_id = $memory AND source_hash = $hash AND source = $source AND target = $target
          AND source_markup IS $sourceMarkup AND target_markup IS $targetMarkup AND prev_hash IS $prev AND next_hash IS $next
          AND id < $before
        ORDER BY id
        LIMIT 1
        """;

    private const string Merge = """
        UPDATE unit
        SET usage_count = $usage, created_at = $createdAt, changed_at = $changedAt, changed_by = $changedBy, last_used_at = $lastUsed
        WHERE id = $id
        """;

    private readonly PreparedCommand find;
    private readonly PreparedCommand merge;
    private readonly string author;

    public ExistingUnits(SqliteConnection connection, SqliteTransaction transaction, long memoryId, string author)
    {
        find = new PreparedCommand(connection, transaction, FindSame, "$memory", "$hash", "$source", "$target", "$sourceMarkup", "$targetMarkup", "$prev", "$next", "$before");
        merge = new PreparedCommand(connection, transaction, Merge, "$usage", "$createdAt", "$changedAt", "$changedBy", "$lastUsed", "$id");
        find.Set(0, memoryId);
        this.author = author;
    }

    /// <summary>Merges <paramref name="unit"/> into the first unit with an id below <paramref name="before"/> that it duplicates; false when there is none.</summary>
    public bool TryMerge(MemoryUnit unit, long sourceHash, DateTimeOffset now, long before = long.MaxValue)
    {
        find.Set(1, sourceHash);
        find.Set(2, unit.Source);
        find.Set(3, unit.Target);
        find.Set(4, unit.SourceMarkup);
        find.Set(5, unit.TargetMarkup);
        find.Set(6, unit.Context.Previous);
        find.Set(7, unit.Context.Next);
        find.Set(8, before);
        long id;
        int usageCount;
        DateTimeOffset createdAt, changedAt;
        string? changedBy;
        DateTimeOffset? lastUsedAt;
        using (var reader = find.Command.ExecuteReader())
        {
            if (!reader.Read()) return false;
            id = reader.GetInt64(0);
            usageCount = (int)reader.GetInt64(1);
            createdAt = Timestamps.Parse(reader.GetString(2));
            changedAt = Timestamps.Parse(reader.GetString(3));
            changedBy = reader.IsDBNull(4) ? null : reader.GetString(4);
            lastUsedAt = reader.IsDBNull(5) ? null : Timestamps.Parse(reader.GetString(5));
        }

        var unitChangedAt = unit.ChangedAt ?? unit.CreatedAt ?? now;
        var laterChange = unitChangedAt > changedAt;
        merge.Set(5, id);
        merge.Set(0, Math.Max(usageCount, unit.UsageCount));
        merge.Set(1, Timestamps.Format(Min(createdAt, unit.CreatedAt ?? now)));
        merge.Set(2, Timestamps.Format(laterChange ? unitChangedAt : changedAt));
        merge.Set(3, laterChange ? unit.ChangedBy ?? unit.CreatedBy ?? author : changedBy);
        var lastUsed = Max(lastUsedAt, unit.LastUsedAt);
        merge.Set(4, lastUsed is { } used ? Timestamps.Format(used) : null);
        merge.Command.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        find.Dispose();
        merge.Dispose();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a >= b ? a : b;
}

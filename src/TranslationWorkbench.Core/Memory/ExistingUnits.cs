using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>Finds the unit a new one duplicates (same source, target, inline codes and context) and merges the new one into it.</summary>
/// <remarks>
/// Merging keeps the larger usage count, the earliest creation, the latest change (and who made it) and the latest
/// use; a date the new unit does not have leaves the stored one as it is. A stored unit without a tuid takes the
/// new one's (the file's name for it); one with a tuid keeps it.
/// </remarks>
internal sealed class ExistingUnits : IDisposable
{
    private const string FindSame = """
        SELECT id, usage_count, created_at, changed_at, changed_by, last_used_at, tuid
        FROM unit
        WHERE memory_id = ?1 AND source_hash = ?2 AND source = ?3 AND target = ?4
          AND source_markup IS ?5 AND target_markup IS ?6 AND prev_hash IS ?7 AND next_hash IS ?8
          AND id < ?9
        ORDER BY id
        LIMIT 1
        """;

    private const string Merge = """
        UPDATE unit
        SET usage_count = ?1, created_at = ?2, changed_at = ?3, changed_by = ?4, last_used_at = ?5, tuid = ?7
        WHERE id = ?6
        """;

    private readonly RawStatement find;
    private readonly RawStatement merge;
    private readonly string author;

    /// <summary>Statements on <paramref name="connection"/>, run inside the transaction it has begun.</summary>
    public ExistingUnits(SqliteConnection connection, long memoryId, string author)
    {
        find = new RawStatement(connection, FindSame);
        merge = new RawStatement(connection, Merge);
        find.Bind(1, memoryId);
        this.author = author;
    }

    /// <summary>Merges <paramref name="unit"/> into the first unit with an id below <paramref name="before"/> that it duplicates; false when there is none.</summary>
    public bool TryMerge(MemoryUnit unit, long sourceHash, long before = long.MaxValue)
    {
        find.Bind(2, sourceHash);
        find.Bind(3, unit.Source);
        find.Bind(4, unit.Target);
        find.Bind(5, unit.SourceMarkup);
        find.Bind(6, unit.TargetMarkup);
        find.Bind(7, unit.Context.Previous);
        find.Bind(8, unit.Context.Next);
        find.Bind(9, before);
        if (!find.StepToRow()) return false;
        long id;
        int usageCount;
        DateTimeOffset createdAt, changedAt;
        string? changedBy;
        DateTimeOffset? lastUsedAt;
        string? tuid;
        try
        {
            id = find.Int64(0);
            usageCount = (int)find.Int64(1);
            createdAt = Timestamps.Parse(find.Text(2)!);
            changedAt = Timestamps.Parse(find.Text(3)!);
            changedBy = find.Text(4);
            lastUsedAt = find.Text(5) is { } lastUse ? Timestamps.Parse(lastUse) : null;
            tuid = find.Text(6);
        }
        finally
        {
            find.Reset();
        }

        // a date the new unit lacks is not taken as now: the file says nothing of when the unit was made or changed
        var unitChangedAt = unit.ChangedAt ?? unit.CreatedAt;
        var laterChange = unitChangedAt > changedAt;
        var usage = Math.Max(usageCount, unit.UsageCount);
        var created = unit.CreatedAt is { } unitCreatedAt ? Min(createdAt, unitCreatedAt) : createdAt;
        var lastUsed = Max(lastUsedAt, unit.LastUsedAt);
        // the same unit again, nothing newer about it (a file imported twice): nothing to write
        var mergedTuid = tuid ?? unit.TuId;
        if (!laterChange && usage == usageCount && created == createdAt && lastUsed == lastUsedAt && mergedTuid == tuid) return true;

        merge.Bind(6, id);
        merge.Bind(1, usage);
        merge.Bind(2, Timestamps.Format(created));
        merge.Bind(3, Timestamps.Format(laterChange ? unitChangedAt!.Value : changedAt));
        merge.Bind(4, laterChange ? unit.ChangedBy ?? unit.CreatedBy ?? author : changedBy);
        merge.Bind(5, lastUsed is { } used ? Timestamps.Format(used) : null);
        merge.Bind(7, mergedTuid);
        merge.Step();
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

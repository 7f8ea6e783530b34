using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// `tw tm migrate --from A --to B`: copies memories between a workspace (a file path) and a shared PostgreSQL
/// memory (a connection string), either way, each memory in one transaction; units already there are merged.
/// </summary>
public static class TmMigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "A workspace file, or a PostgreSQL connection string (Host=…).", Required = true };
        var to = new Option<string>("--to") { Description = "A workspace file, or a PostgreSQL connection string (Host=…).", Required = true };
        var memory = new Option<string?>("--memory") { Description = "Only this memory (default: all of them)." };
        var command = new Command("migrate", "Copy memories from a workspace to a PostgreSQL server, or back.") { from, to, memory };
        command.SetAction(parseResult =>
        {
            using var source = new Store(parseResult.GetValue(from)!);
            using var target = new Store(parseResult.GetValue(to)!);
            var output = parseResult.InvocationConfiguration.Output;
            var name = parseResult.GetValue(memory);
            var memories = name is null ? source.Memories.List() : [source.Memories.Get(name)];
            if (memories.Count == 0) throw new InvalidInputException($"{source.Memories.Location} holds no memory to copy.");
            foreach (var tm in memories)
            {
                using var batch = target.Memories.BeginBatch(tm.Name, tm.SourceLanguage, tm.TargetLanguage);
                var read = 0;
                foreach (var unit in source.Memories.Units(tm))
                {
                    // its TMX name goes with it: exported from either store, a unit has the same tuid
                    batch.Add(unit with { Id = 0, MemoryId = 0, TuId = unit.TuId ?? unit.Id.ToString(CultureInfo.InvariantCulture) });
                    read++;
                }
                batch.Commit();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"memory '{tm.Name}' ({tm.SourceLanguage}→{tm.TargetLanguage}): {read:N0} units from {source.Memories.Location} to {target.Memories.Location}: {batch.Added:N0} added, {batch.Merged:N0} merged"));
            }
            return 0;
        });
        return command;
    }

    /// <summary>A connection string names a server; anything else is a workspace file. A scratch workspace, deleted afterwards, carries a server's store.</summary>
    private sealed class Store : IDisposable
    {
        private readonly Workspace workspace;
        private readonly string? scratch;

        public Store(string where)
        {
            if (!where.Contains('=', StringComparison.Ordinal))
            {
                workspace = Workspace.Open(where);
                return;
            }
            scratch = Path.Combine(Path.GetTempPath(), $"tw-migrate-{Guid.NewGuid():N}.db");
            workspace = GlobalOptions.Open(scratch, where, author: null);
        }

        public ITranslationMemoryStore Memories => workspace.Memories;

        public void Dispose()
        {
            workspace.Dispose();
            if (scratch is null) return;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".fuzzy" }) File.Delete(scratch + suffix);
        }
    }
}

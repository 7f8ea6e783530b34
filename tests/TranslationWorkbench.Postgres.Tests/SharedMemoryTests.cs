using System.Diagnostics;
using Dapper;
using Npgsql;
using TranslationWorkbench.Cli;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Postgres.Tests;

/// <summary>Several workbenches on one shared memory, `--memory-db` on the command line, and `tw tm migrate` both ways.</summary>
public sealed class SharedMemoryTests : IDisposable
{
    private readonly TempFolder folder = new();
    private TestServer? server;

    public void Dispose()
    {
        server?.Dispose();
        folder.Dispose();
    }

    private string Server() => (server ??= TestServer.Create()).ConnectionString;

    private static (int ExitCode, string Output, string Error) Tw(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (TwCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    [SkippableFact]
    public void ConfirmedUnitFromOneWorkbench_IsFoundByAnothersNextLookup()
    {
        var connection = Server();
        using var anna = WorkspaceFile.Open(folder.File("anna.db"), author: "anna", memories: w => PostgresMemoryStore.Open(connection, w.Clock, w.Author));
        using var omar = WorkspaceFile.Open(folder.File("omar.db"), author: "omar", memories: w => PostgresMemoryStore.Open(connection, w.Clock, w.Author));
        var memory = anna.Memories.Open("team", "ar", "en");

        anna.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "وصل الوفد إلى بغداد.", Target = "The delegation arrived in Baghdad." });
        var found = new FuzzyMatcher(omar).Find(omar.Memories.Get("team"), new MatchQuery("وصل الوفد إلى أربيل."));

        Assert.Equal("The delegation arrived in Baghdad.", found[0].Unit.Target);
        Assert.Equal("anna", found[0].Unit.CreatedBy);
    }

    [SkippableFact]
    public async Task WorkbenchesWritingAtOnce_LoseAndDuplicateNothing()
    {
        // Given four workbench processes importing into one shared memory at once, two of them the same units
        var connection = Server();
        var files = Enumerable.Range(0, 3).Select(i => folder.Write($"w{i}.tsv", string.Join('\n', Enumerable.Range(0, 300).Select(j => $"جملة رقم {j} من الكاتب {i}.\tSentence {j} by writer {i}.")))).ToList();
        var jobs = files.Select(file => new[] { "tm", "import", file }).Append(["tm", "import", files[0]]).ToList();

        // When they all run
        var runs = await Task.WhenAll(jobs.Select((args, i) => Task.Run(() => Process(connection, folder.File($"ws{i}.db"), args))));

        // Then each succeeded, every unit is there once, and the postings agree with the units
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        using var database = new NpgsqlConnection(connection);
        Assert.Equal(900, database.ExecuteScalar<long>("SELECT count(*) FROM unit"));
        Assert.Equal(900, database.ExecuteScalar<long>("SELECT count(DISTINCT (source, target)) FROM unit"));
        using var check = WorkspaceFile.Open(folder.File("check.db"), memories: w => PostgresMemoryStore.Open(connection));
        Assert.Empty(check.Memories.CheckIndex(repair: false).Problems);
    }

    [SkippableFact]
    public async Task SameSentenceConfirmedByManyAtOnce_IsOneUnit()
    {
        var connection = Server();
        var workbenches = Enumerable.Range(0, 6)
            .Select(i => WorkspaceFile.Open(folder.File($"t{i}.db"), author: $"t{i}", memories: w => PostgresMemoryStore.Open(connection, w.Clock, w.Author)))
            .ToList();
        var memory = workbenches[0].Memories.Open("team", "ar", "en");
        var context = UnitContext.Between("قبل.", "بعد.");

        await Task.WhenAll(workbenches.Select((w, i) => Task.Run(() =>
            w.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "الجملة نفسها.", Target = $"The same sentence, version {i}.", Context = context }))));

        using var database = new NpgsqlConnection(connection);
        Assert.Equal(1, database.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE source = 'الجملة نفسها.'"));
        workbenches.ForEach(w => w.Dispose());
    }

    [SkippableFact]
    public void CommandLine_MemoryDb_AndMigrateBothWays()
    {
        // Given a workspace memory made from a TSV
        var connection = Server();
        var local = folder.File("local.db");
        Assert.Equal(0, Tw("tm", "import", folder.Write("pairs.tsv", "مرحبا بكم.\tWelcome.\nشكرا لكم.\tThank you.\n"), "--workspace", local).ExitCode);

        // When it is migrated to the server, searched there, and migrated back into a new workspace
        var up = Tw("tm", "migrate", "--from", local, "--to", connection);
        var search = Tw("tm", "search", "مرحبا بكم", "--workspace", folder.File("other.db"), "--memory-db", connection);
        var list = Tw("tm", "list", "--workspace", folder.File("other.db"), "--memory-db", connection);
        var again = Tw("tm", "migrate", "--from", local, "--to", connection);
        var back = Tw("tm", "migrate", "--from", connection, "--to", folder.File("back.db"));

        // Then the units made the round trip, and a second migration merged instead of duplicating
        Assert.True(up.ExitCode == 0, up.Error);
        Assert.Contains("2 added, 0 merged", up.Output);
        Assert.Contains("Welcome.", search.Output);
        Assert.Contains("          2  ar→en    default", list.Output);
        Assert.Contains("0 added, 2 merged", again.Output);
        Assert.Contains("2 added", back.Output);
        using var copy = WorkspaceFile.Open(folder.File("back.db"));
        Assert.Equal(["Welcome.", "Thank you."], copy.Memories.Units(copy.Memories.Get("default")).Select(u => u.Target));
        // the ids they had where they were made go with them, as the tuids their exports give them
        Assert.Equal(["1", "2"], copy.Memories.Units(copy.Memories.Get("default")).Select(u => u.TuId));
    }

    [SkippableFact]
    public void BadConnectionString_IsAClearError()
    {
        var tw = Tw("tm", "search", "نص", "--workspace", folder.File("w.db"), "--memory-db", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");

        Assert.Equal(1, tw.ExitCode);
        Assert.StartsWith("error: PostgreSQL nobody@127.0.0.1:1/", tw.Error);
        Assert.Contains("cannot use the shared memory", tw.Error);
    }

    private static (int ExitCode, string Output, string Error) Process(string connection, string workspace, string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tw.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["TW_WORKSPACE"] = workspace;
        info.Environment["TW_MEMORY_DB"] = connection;
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}

using System.Diagnostics;
using Dapper;
using TranslationWorkbench.Core.Matching;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Cli.Tests.Reliability;

/// <summary>Several tw processes writing one workspace at once: no "database is locked" reaches anyone, every write is there.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ProcessesWritingAtOnce_AllSucceedAndEveryWriteIsThere()
    {
        // Given one workspace and six writers in their own processes: TSV imports into two memories, TMX imports,
        // document imports with pre-translation
        var workspace = folder.File("shared.db");
        var jobs = new List<string[]>();
        for (var writer = 0; writer < 3; writer++)
        {
            jobs.Add(["tm", "import", Generated.Tsv(folder.File($"w{writer}.tsv"), 400, writer), "--memory", writer % 2 == 0 ? "default" : "other"]);
        }
        jobs.Add(["tm", "import", Generated.Tmx(folder.File("big.tmx"), 8000, salt: 9)]);
        for (var document = 0; document < 2; document++)
        {
            var text = folder.Write($"doc{document}.txt", string.Join('\n', Enumerable.Range(0, 50).Select(i => Generated.Sentence(i, 100 + document))));
            jobs.Add(["import", text, "--name", $"doc{document}"]);
        }

        // When they all run at the same time
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = workspace };
        var runs = await Task.WhenAll(jobs.Select(args => Task.Run(() => TwProcess.Run(environment, args))));

        // Then each succeeded, and the workspace holds every unit and document, with an index that agrees
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.All(runs, run => Assert.DoesNotContain("locked", run.Error, StringComparison.OrdinalIgnoreCase));
        using var check = WorkspaceFile.Open(workspace);
        using var connection = check.Connect();
        Assert.Equal(800 + 8000, connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = (SELECT id FROM memory WHERE name = 'default')"));
        Assert.Equal(400, connection.ExecuteScalar<long>("SELECT count(*) FROM unit WHERE memory_id = (SELECT id FROM memory WHERE name = 'other')"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT count(*) FROM document"));
        Assert.Equal(100, connection.ExecuteScalar<long>("SELECT count(*) FROM segment"));
        var checkRun = TwProcess.Run(environment, "check");
        Assert.True(checkRun.ExitCode == 0, checkRun.Output);
    }

    [Fact]
    public async Task WritersAndReaders_ReadersSeeEveryCommittedUnit()
    {
        // Given a reader process searching while writers add units one small batch at a time
        var workspace = folder.File("rw.db");
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = workspace };
        Assert.Equal(0, TwProcess.Run(environment, "tm", "import", Generated.Tsv(folder.File("seed.tsv"), 10, 0)).ExitCode);
        var writers = Enumerable.Range(1, 4).Select(salt => Task.Run(() =>
            Enumerable.Range(0, 5).Select(batch => TwProcess.Run(environment, "tm", "import", Generated.Tsv(folder.File($"b{salt}-{batch}.tsv"), 20, salt * 10 + batch))).ToList())).ToList();
        var searches = Task.Run(() => Enumerable.Range(0, 10).Select(_ => TwProcess.Run(environment, "tm", "search", Generated.Sentence(3, 0) + " 0")).ToList());

        var written = (await Task.WhenAll(writers)).SelectMany(runs => runs).ToList();
        var searched = await searches;

        // Then nothing failed, and afterwards one process finds the last unit of every writer
        Assert.All(written.Concat(searched), run => Assert.True(run.ExitCode == 0, run.Error));
        using var check = WorkspaceFile.Open(workspace);
        var memory = check.Memories.Get("default");
        Assert.Equal(10 + 4 * 5 * 20, check.Memories.Count(memory));
        foreach (var salt in Enumerable.Range(1, 4))
        {
            var last = Generated.Sentence(19, salt * 10 + 4) + $" {salt * 10 + 4}";
            Assert.Equal(100, new FuzzyMatcher(check).Find(memory, new MatchQuery(last))[0].Score);
        }
    }
}

using Dapper;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Cli.Tests.Commands;

public sealed class CheckAndBackupTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Workspace(string name, int units, int salt)
    {
        var path = folder.File(name);
        Assert.Equal(0, Tw.Run("tm", "import", Reliability.Generated.Tmx(folder.File(name + ".tmx"), units, salt), "--workspace", path).ExitCode);
        return path;
    }

    [Fact]
    public void Check_HealthyWorkspace_IsOk()
    {
        var path = Workspace("a.db", 6000, 1);
        Tw.Run("import", Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"), "--workspace", path);

        var tw = Tw.Run("check", "--workspace", path);

        Assert.Equal(0, tw.ExitCode);
        Assert.EndsWith("ok\n", tw.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_IndexOfAnotherWorkspace_IsFound_AndRepairRebuildsIt()
    {
        // Given a workspace whose index file was replaced by another workspace's (a copy gone wrong)
        var path = Workspace("a.db", 6000, 1);
        var other = Workspace("b.db", 6000, 2);
        File.Copy(other + ".fuzzy", path + ".fuzzy", overwrite: true);

        var check = Tw.Run("check", "--workspace", path);
        var repair = Tw.Run("check", "--repair", "--workspace", path);
        var after = Tw.Run("check", "--workspace", path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("problem: the fuzzy index has 6000 unit(s) with other text or memory than the table", check.Output);
        Assert.Equal(0, repair.ExitCode);
        Assert.Contains("repaired: rebuilt the fuzzy index", repair.Output);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public void Check_BrokenRevisionNumbers_AreReported()
    {
        var path = folder.File("r.db");
        Tw.Run("import", folder.Write("doc.txt", "جملة أولى.\nجملة ثانية.\n"), "--workspace", path, "--name", "doc");
        using (var workspace = WorkspaceFile.Open(path))
        using (var connection = workspace.Connect())
        {
            connection.Execute("UPDATE segment SET target = 'x', status = 'translated', revision = 2 WHERE position = 0");
            connection.Execute("INSERT INTO revision (segment_id, number, target, status, origin, author, created_at) VALUES (1, 2, 'x', 'translated', 'translation', 'me', '2020-01-01T00:00:00Z')");
        }

        var tw = Tw.Run("check", "--workspace", path);

        Assert.Equal(1, tw.ExitCode);
        Assert.Contains("problem: segment 1: revisions are not 1…2 (1 revision(s), the last numbered 2)", tw.Output);
    }

    [Fact]
    public void Backup_IsAConsistentWorkspaceOfItsOwn_AndNeverOverwrites()
    {
        var path = Workspace("a.db", 300, 1);
        var backup = folder.File("copy.db");

        var first = Tw.Run("backup", backup, "--workspace", path);
        var second = Tw.Run("backup", backup, "--workspace", path);
        var search = Tw.Run("tm", "search", Reliability.Generated.Sentence(5, 1), "--workspace", backup);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal($"error: {backup}: already exists; a backup never overwrites a file, give a new name.", second.Error.Trim());
        Assert.Contains("100%  exact", search.Output);
        Assert.Equal(0, Tw.Run("check", "--workspace", backup).ExitCode);
    }

    [Fact]
    public async Task Backup_WhileAnotherProcessWrites_IsConsistent()
    {
        // Given a process importing a large TMX into the workspace
        var path = Workspace("live.db", 100, 1);
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = path };
        var writing = Task.Run(() => TwProcess.Run(environment, "tm", "import", Reliability.Generated.Tmx(folder.File("more.tmx"), 60_000, 3)));

        // When backups are taken while it writes
        var backups = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(150);
            var backup = folder.File($"backup{i}.db");
            Assert.Equal(0, TwProcess.Run(environment, "backup", backup).ExitCode);
            backups.Add(backup);
        }
        Assert.Equal(0, (await writing).ExitCode);

        // Then every backup has either the import or not, whole
        foreach (var backup in backups)
        {
            using var copy = WorkspaceFile.Open(backup);
            var units = copy.Connect().ExecuteScalar<long>("SELECT count(*) FROM unit");
            Assert.True(units is 100 or 60_100, $"{backup}: {units} units");
            Assert.Equal(0, Tw.Run("check", "--workspace", backup).ExitCode);
        }
    }
}

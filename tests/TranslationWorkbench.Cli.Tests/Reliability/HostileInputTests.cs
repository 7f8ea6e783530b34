using System.Text;

namespace TranslationWorkbench.Cli.Tests.Reliability;

/// <summary>
/// The hostile and broken files of TestData/hostile (see its README and expected.tsv): each gets a clear
/// one-line error or the right result, within seconds, and a failed command leaves the workspace as it was.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile", "expected.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2], fields[3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileFile_GetsItsExpectedOutcome_AndAFailureChangesNothing(string file, string command, string outcome, string detail)
    {
        // Given a workspace that already holds a document and a unit
        var workspace = folder.File("workspace.db");
        Assert.Equal(0, Tw.Run("import", Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"), "--workspace", workspace).ExitCode);
        Assert.Equal(0, Tw.Run("tm", "import", folder.Write("one.tsv", "مرحبا\tHello\n"), "--workspace", workspace).ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(workspace);
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "hostile", file);

        // When the hostile file is given to the command (a hang would fail the test at the time limit)
        var run = Task.Run(() => Tw.Run([.. command.Split(' '), path, "--workspace", workspace]));
        var tw = await run.WaitAsync(TimeSpan.FromSeconds(30));

        // Then the outcome is the expected one, in one line, without a stack trace
        Assert.DoesNotContain("   at ", tw.Error);
        if (outcome == "error")
        {
            Assert.Equal(1, tw.ExitCode);
            Assert.Equal($"error: {path}{detail}", tw.Error.Trim());
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal(before, await File.ReadAllBytesAsync(workspace));
        }
        else
        {
            Assert.True(tw.ExitCode == 0, tw.Error);
            Assert.Contains(detail, tw.Output);
        }
    }

    [Fact]
    public void TwentyMegabyteSingleLine_IsImportedAsOneSegment()
    {
        var line = string.Concat(Enumerable.Repeat("التحالف الدولي ضد داعش في العراق ", 700_000));
        var path = folder.Write("long-line.txt", line);
        Assert.True(new FileInfo(path).Length > 20_000_000);

        var tw = Tw.Run("import", path, "--workspace", folder.File("long.db"));

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("1 segment, 4,200,000 words", tw.Output);
    }

    [Fact]
    public void BidiControlsInsideArabic_AreKeptInTheTextAndIgnoredByMatching()
    {
        var workspace = folder.File("bidi.db");
        Tw.Run("import", Path.Combine(AppContext.BaseDirectory, "TestData", "hostile", "bidi-override.txt"), "--workspace", workspace, "--name", "bidi");
        Tw.Run("tm", "import", folder.Write("pair.tsv", "قال المتحدث إن ISIS ينشط.\tThe spokesman said ISIS is active.\n"), "--workspace", workspace);

        var show = Tw.Run("show", "bidi", "--workspace", workspace);
        var search = Tw.Run("tm", "search", "قال \u202eالمتحدث\u202c إن \u2067ISIS\u2069 ينشط.", "--workspace", workspace);

        Assert.Contains("قال \u202eالمتحدث\u202c إن \u2067ISIS\u2069 ينشط.\u200f", show.Output);
        Assert.Contains("99%  fuzzy", search.Output);
        Assert.Contains("invisible characters", search.Output);
    }
}

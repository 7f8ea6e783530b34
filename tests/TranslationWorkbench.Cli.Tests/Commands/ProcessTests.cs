namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>tw as a real process: the environment variable, exit codes and streams as a shell sees them.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TwWorkspaceVariable_NamesTheWorkspace()
    {
        var workspace = folder.File("from-env.db");
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = workspace };

        var import = TwProcess.Run(environment, "import", Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"));
        var docs = TwProcess.Run(environment, "docs");

        Assert.Equal(0, import.ExitCode);
        Assert.True(File.Exists(workspace));
        Assert.Contains("rudaw-2020-02-07-caggins-interview.ar (ar→en)", docs.Output);
    }

    // The cold search and the whole-process import start tw again: as `dotnet tw.dll` when tw was started so, as
    // the executable when it was (it once passed tw.dll to the executable, and timed the error that came back).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bench_TimesASearchThatFindsTheUnitInANewProcess(bool asExecutable)
    {
        string[] args = ["bench", "--units", "2000", "--queries", "20", "--corpora", Path.Combine(AppContext.BaseDirectory, "TestData", "tatoeba-ara-eng"), "--json"];

        var tw = asExecutable ? TwProcess.RunExecutable(args) : TwProcess.Run(null, args);

        Assert.True(tw.ExitCode == 0, tw.Error);
        using var json = System.Text.Json.JsonDocument.Parse(tw.Output);
        Assert.True(json.RootElement.GetProperty("coldSearchMilliseconds").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("importProcessSeconds").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("lookups").GetProperty("firstPageMilliseconds").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("freshPageWriteMegabytesPerSecond").GetDouble() > 0);
        var tmx = json.RootElement.GetProperty("tmx");
        Assert.True(TimeSpan.Parse(tmx.GetProperty("importUserCpu").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > TimeSpan.Zero);
        Assert.Equal(2000, tmx.GetProperty("unitsRead").GetInt32());
        // a pair the generator repeats is merged, not stored twice; the export then has one unit fewer than were read
        Assert.Equal(2000, tmx.GetProperty("unitsStored").GetInt32() + tmx.GetProperty("unitsMerged").GetInt32());
        Assert.Equal(tmx.GetProperty("unitsStored").GetInt32(), tmx.GetProperty("unitsExported").GetInt32());
    }

    [Fact]
    public void BadInput_ExitsNonZeroWithOneLineOnStderr()
    {
        var missing = folder.File("nope.txt");

        var tw = TwProcess.Run(null, "import", missing, "--workspace", folder.File("w.db"));

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal("", tw.Output);
        Assert.Equal($"error: {missing}: no such file.", tw.Error.Trim());
    }

    [Fact]
    public void UnknownCommand_ExitsNonZeroWithUsage()
    {
        var tw = TwProcess.Run(null, "frobnicate");

        Assert.NotEqual(0, tw.ExitCode);
        Assert.Contains("frobnicate", tw.Error);
    }
}

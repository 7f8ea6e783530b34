namespace TranslationWorkbench.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Demo_RunsTheSampleAndRecreatesItsWorkspaceEachTime()
    {
        var workspace = folder.File("demo.db");

        var first = Tw.Run("demo", "--workspace", workspace);
        var second = Tw.Run("demo", "--workspace", workspace);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);
        Assert.Contains("imported document 1 'caggins-interview' (ar→en): 45 segments", first.Output);
        Assert.Contains("imported document 1 'caggins-interview'", second.Output); // recreated, not "already imported"
        Assert.Contains("tw show 1", second.Output);
    }
}

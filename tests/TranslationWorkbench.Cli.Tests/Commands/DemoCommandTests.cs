namespace TranslationWorkbench.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Demo_RunsTheWholeJobOnTheSample_AndRecreatesItsWorkspaceEachTime()
    {
        var workspace = folder.File("demo.db");

        var first = Tw.Run("demo", "--workspace", workspace);
        var second = Tw.Run("demo", "--workspace", workspace);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Error);
        Assert.Equal(first.Output.Split('\n').Length, second.Output.Split('\n').Length); // recreated, not added to
        var output = first.Output;
        // 1. import and segmentation
        Assert.Contains("imported document 1 'caggins-interview' (ar→en): 45 segments", output);
        // 2. alignment into the memory, the doubtful pairs listed
        Assert.Matches(@"aligned 45 Arabic and 87 English sentences in \d+ pairs", output);
        Assert.Matches(@"new memory 'default' \(ar→en\): stored \d+", output);
        Assert.Contains("below 90% confidence", output);
        // 3. the revised text analysed, with fuzzy matches and their diffs
        Assert.Contains("imported document 2 'caggins-interview-revised'", output);
        Assert.Contains("7 sentences changed, 3 added, 2 removed", output);
        Assert.Matches(@"context \(101\)\s+\d+", output);
        Assert.Contains("[-إلى-]{+الى+}", output);
        // 4. pre-translation; 5. a revision diff; 6. a valid TMX
        Assert.Matches(@"filled \d+ of 46 segments", output);
        Assert.Contains("[-seven-]{+nine+}", output);
        Assert.Contains("valid TMX 1.4b", output);
        Assert.True(File.Exists(folder.File("demo-memory.tmx")));
        Assert.Equal(0, Tw.Run("tmx", "validate", folder.File("demo-memory.tmx")).ExitCode);
        Assert.Equal(0, Tw.Run("check", "--workspace", workspace).ExitCode);
    }
}

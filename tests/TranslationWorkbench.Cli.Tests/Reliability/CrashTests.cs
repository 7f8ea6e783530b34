using System.Diagnostics;
using Dapper;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Cli.Tests.Reliability;

/// <summary>A tw process killed with SIGKILL in the middle of its work leaves the workspace with the whole operation or none of it.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void KilledDuringTmxImport_TheImportIsWhollyAbsent()
    {
        // Given a workspace with one document and a small memory, and a large TMX being imported
        var workspace = folder.File("crash.db");
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = workspace };
        Assert.Equal(0, TwProcess.Run(environment, "tm", "import", Generated.Tsv(folder.File("before.tsv"), 50, 1)).ExitCode);
        var tmx = Generated.Tmx(folder.File("big.tmx"), 150_000, salt: 2);

        // When the importing process is killed once its transaction has written to the WAL
        var killed = KillWhileWriting(workspace, environment, 4 * 1024 * 1024, "tm", "import", tmx);

        // Then the workspace opens, passes its checks, and holds the 50 units from before and none of the import
        Assert.True(killed, "the import finished before it could be killed; make the file larger");
        using var reopened = WorkspaceFile.Open(workspace);
        Assert.Equal(50, reopened.Connect().ExecuteScalar<long>("SELECT count(*) FROM unit"));
        var check = TwProcess.Run(environment, "check");
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public void KilledDuringPretranslation_NoSegmentIsHalfDone()
    {
        // Given a document of 12,000 segments all found in the memory
        var workspace = folder.File("pre.db");
        var environment = new Dictionary<string, string> { ["TW_WORKSPACE"] = workspace };
        var sentences = Enumerable.Range(0, 12_000).Select(i => Generated.Sentence(i, 7)).ToList();
        File.WriteAllLines(folder.File("pairs.tsv"), sentences.Select((s, i) => $"{s}\tPair {i}."));
        Assert.Equal(0, TwProcess.Run(environment, "tm", "import", folder.File("pairs.tsv")).ExitCode);
        Assert.Equal(0, TwProcess.Run(environment, "import", folder.Write("doc.txt", string.Join('\n', sentences)), "--name", "doc").ExitCode);

        // When pre-translation is killed while it writes its segments and revisions
        var killed = KillWhileWriting(workspace, environment, 1024 * 1024, "pretranslate", "doc");

        // Then none of the segments is filled, none has a revision, and the workspace is sound
        Assert.True(killed, "pre-translation finished before it could be killed; make the document larger");
        using var reopened = WorkspaceFile.Open(workspace);
        using var connection = reopened.Connect();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM segment WHERE target IS NOT NULL"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM revision"));
        Assert.Equal(0, TwProcess.Run(environment, "check").ExitCode);
    }

    // Starts tw and kills it (SIGKILL) as soon as its write-ahead log has grown: it is inside its transaction.
    private static bool KillWhileWriting(string workspace, Dictionary<string, string> environment, long walBytes, params string[] args)
    {
        using var process = Process.Start(TwProcess.StartInfo(environment, args))!;
        var wal = new FileInfo(workspace + "-wal");
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            wal.Refresh();
            if (wal.Exists && wal.Length > walBytes)
            {
                process.Kill();
                process.WaitForExit();
                return true;
            }
            Thread.Sleep(5);
        }
        process.WaitForExit();
        return false;
    }
}

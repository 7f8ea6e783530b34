using System.CommandLine;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw demo`: the main job on the bundled sample, start to finish, in a workspace of its own.</summary>
public static class DemoCommand
{
    public const string ArabicSample = "rudaw-2020-02-07-caggins-interview.ar.txt";

    public static Command Create(GlobalOptions options)
    {
        var command = new Command("demo", "Run the whole job on the bundled sample interview in tm/demo.db (recreated each run).");
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(options.Workspace) ?? DefaultPaths.DemoWorkspace();
            var sample = DefaultPaths.SampleFolder();
            DeleteWorkspace(path);
            var workspace = Workspace.Open(path);
            output.WriteLine($"workspace: {workspace.Path} (new)");

            output.WriteLine();
            output.WriteLine($"1. import and segment the Arabic interview ({ArabicSample})");
            var import = workspace.Documents.Import(Path.Combine(sample, ArabicSample), "ar", "en", "caggins-interview");
            output.WriteLine($"   {ImportCommand.Describe(import)}");
            var segments = workspace.Documents.Segments(import.Document.Id);
            foreach (var segment in segments.Take(12)) output.WriteLine($"   {segment.Position + 1,3}  {segment.Source}");
            output.WriteLine($"   … {segments.Count - 12} more");

            output.WriteLine();
            output.WriteLine("Look at the result:");
            output.WriteLine($"   tw show {import.Document.Id} --workspace {path}");
            output.WriteLine($"   tw docs --workspace {path}");
            return 0;
        });
        return command;
    }

    private static void DeleteWorkspace(string path)
    {
        // A pooled connection would keep the old file alive under its deleted name.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }
}

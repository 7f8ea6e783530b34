using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw backup OUT.db`: a consistent copy of the workspace, also while tw serve is writing to it.</summary>
public static class BackupCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("OUT.db") { Description = "The backup file to write (it must not exist)." };
        var command = new Command("backup", "Copy the workspace consistently through SQLite's online backup.") { file };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var bytes = WorkspaceBackup.Run(workspace, parseResult.GetValue(file)!);
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workspace.Path} → {parseResult.GetValue(file)}: {bytes / 1e6:F1} MB; open it with --workspace, `tw check` it any time"));
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw check [--repair]`: SQLite's integrity check and the workbench's invariants; exit 1 when a problem remains.</summary>
public static class CheckCommand
{
    public static Command Create(GlobalOptions options)
    {
        var repair = new Option<bool>("--repair") { Description = "Rebuild what can be rebuilt (the fuzzy index) and say what was done." };
        var command = new Command("check", "Check a workspace's integrity and invariants.") { repair };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var report = WorkspaceCheck.Run(workspace, parseResult.GetValue(repair));
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"checked {workspace.Path}: {string.Join("; ", report.Checked)}");
            foreach (var done in report.Repairs) output.WriteLine($"repaired: {done}");
            foreach (var problem in report.Problems) output.WriteLine($"problem: {problem}");
            output.WriteLine(report.Healthy ? "ok" : $"{report.Problems.Count} problem(s){(parseResult.GetValue(repair) ? "" : "; `tw check --repair` rebuilds the index")}");
            return report.Healthy ? 0 : TwCommand.Failure;
        });
        return command;
    }
}

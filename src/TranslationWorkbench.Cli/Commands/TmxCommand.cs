using System.CommandLine;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tmx validate FILE`: the TMX 1.4 DTD and the rules a DTD cannot express; exit 0 when valid, 1 when not.</summary>
public static class TmxCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The TMX file to check." };
        var validate = new Command("validate", "Validate a TMX file against TMX 1.4b.") { file };
        validate.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var problems = TmxValidator.Validate(path);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var problem in problems) output.WriteLine(problem);
            output.WriteLine(problems.Count == 0 ? $"{path}: valid TMX 1.4b" : $"{path}: {problems.Count} problem(s)");
            return problems.Count == 0 ? 0 : TwCommand.Failure;
        });
        var command = new Command("tmx", "Check TMX files.");
        command.Subcommands.Add(validate);
        return command;
    }
}

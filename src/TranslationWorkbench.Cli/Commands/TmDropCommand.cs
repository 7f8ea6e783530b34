using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm drop NAME`: deletes a memory with all its units (one made by a mistyped --memory, a wrong import).</summary>
/// <remarks>A memory that holds units goes only with --yes: they may be years of someone's work.</remarks>
public static class TmDropCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("NAME") { Description = "The memory's name (tw tm list shows them)." };
        var yes = new Option<bool>("--yes") { Description = "Delete it although it holds units." };
        var command = new Command("drop", "Delete a memory with all its units.") { name, yes };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var memory = workspace.Memories.Get(parseResult.GetValue(name)!);
            var units = workspace.Memories.Count(memory);
            // checked again as it is deleted: units an import or a colleague stored a moment before keep it
            if (!workspace.Memories.DeleteMemory(memory, onlyIfEmpty: !parseResult.GetValue(yes)))
            {
                units = workspace.Memories.Count(memory);
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"memory '{memory.Name}' holds {units:N0} unit{(units == 1 ? "" : "s")}; give --yes to delete it with all of them (tw tm export keeps a copy first); nothing changed."));
            }
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"deleted memory '{memory.Name}' ({memory.SourceLanguage}→{memory.TargetLanguage}) and its {units:N0} unit{(units == 1 ? "" : "s")}"));
            return 0;
        });
        return command;
    }
}

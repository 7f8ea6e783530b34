using System.CommandLine;
using TranslationWorkbench.Core;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm delete UNIT…`: removes memory units (a wrong aligned pair), as the web workbench's memory page does.</summary>
/// <remarks>Every id is checked before any unit is deleted; each unit is then deleted in a transaction of its own.</remarks>
public static class TmDeleteCommand
{
    public static Command Create(GlobalOptions options)
    {
        var units = new Argument<long[]>("UNIT") { Description = "The units' ids (tw tm search and tw tm concordance print them).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete memory units by id.") { units };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            // every id checked before any is deleted: a mistyped one deletes nothing
            var found = parseResult.GetValue(units)!.Distinct().Select(id => workspace.Memories.Unit(id) ?? throw NoUnit(id)).ToList();
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var unit in found)
            {
                workspace.Memories.Delete(unit.Id);
                output.WriteLine($"deleted unit {unit.Id}: {unit.Source} → {unit.Target}");
            }
            return 0;
        });
        return command;
    }

    internal static InvalidInputException NoUnit(long id) => new($"no unit {id} in the memories; nothing changed (tw tm search or tw tm concordance gives ids).");
}

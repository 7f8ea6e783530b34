using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm delete UNIT…` and `tw tm edit UNIT`: mend a memory from the command line (a wrong aligned pair, a typo), as the web workbench's memory page does.</summary>
public static class TmUnitCommands
{
    public static Command Delete(GlobalOptions options)
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

    public static Command Edit(GlobalOptions options)
    {
        var unitId = new Argument<long>("UNIT") { Description = "The unit's id (tw tm search and tw tm concordance print it)." };
        var source = new Option<string?>("--source") { Description = "The new source text." };
        var target = new Option<string?>("--target") { Description = "The new translation." };
        var command = new Command("edit", "Change a memory unit's source or translation.") { unitId, source, target };
        command.SetAction(parseResult =>
        {
            var (newSource, newTarget) = (parseResult.GetValue(source)?.Trim(), parseResult.GetValue(target)?.Trim());
            if (newSource is null && newTarget is null) throw new InvalidInputException("give --source TEXT, --target TEXT or both.");
            if (newSource?.Length == 0 || newTarget?.Length == 0) throw new InvalidInputException("a unit's source and translation cannot be empty; tw tm delete removes a unit.");
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var id = parseResult.GetValue(unitId);
            var unit = workspace.Memories.Unit(id) ?? throw NoUnit(id);
            var changed = workspace.Memories.Update(id, newSource ?? unit.Source, newTarget ?? unit.Target);
            parseResult.InvocationConfiguration.Output.WriteLine($"unit {id}: {changed.Source} → {changed.Target}");
            return 0;
        });
        return command;
    }

    private static InvalidInputException NoUnit(long id) => new($"no unit {id} in the memories; nothing changed (tw tm search or tw tm concordance gives ids).");
}

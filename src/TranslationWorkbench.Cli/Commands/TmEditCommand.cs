using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm edit UNIT`: changes a memory unit's source or translation (a typo), as the web workbench's memory page does.</summary>
public static class TmEditCommand
{
    public static Command Create(GlobalOptions options)
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
            var unit = workspace.Memories.Unit(id) ?? throw TmDeleteCommand.NoUnit(id);
            var memory = workspace.Memories.List().First(m => m.Id == unit.MemoryId);
            // --source and --target mixed up would spoil the memory, as a swapped alignment or TSV would
            if (newSource is not null && ArabicScript.IsMissingFrom(newSource, memory.SourceLanguage))
            {
                throw new InvalidInputException($"--source \"{newSource}\" has not one Arabic letter, and memory '{memory.Name}' is {memory.SourceLanguage}→{memory.TargetLanguage}: is it the translation (--target)?");
            }
            if (newTarget is not null && ArabicScript.IsArabicInsteadOf(newTarget, memory.TargetLanguage))
            {
                throw new InvalidInputException($"--target \"{newTarget}\" is in Arabic script, and memory '{memory.Name}' is {memory.SourceLanguage}→{memory.TargetLanguage}: is it the source (--source)?");
            }
            var changed = workspace.Memories.Update(id, newSource ?? unit.Source, newTarget ?? unit.Target);
            parseResult.InvocationConfiguration.Output.WriteLine($"unit {id}: {changed.Source} → {changed.Target}");
            return 0;
        });
        return command;
    }
}

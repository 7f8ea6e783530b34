using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm list`: the memories there are, with their language pairs and how many units each holds.</summary>
public static class TmListCommand
{
    public static Command Create(GlobalOptions options)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the memories with their language pair and number of units.") { json };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var store = workspace.Memories;
            var memories = store.List().Select(memory => (Memory: memory, Units: store.Count(memory))).ToList();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, memories.Select(m => new
                {
                    m.Memory.Id, m.Memory.Name, m.Memory.SourceLanguage, m.Memory.TargetLanguage, m.Units, m.Memory.CreatedAt,
                }));
                return 0;
            }
            if (memories.Count == 0)
            {
                output.WriteLine($"no memories in {store.Location} yet; `tw tm import FILE` or `tw align … --commit` makes one.");
                return 0;
            }
            static string Pair(TranslationMemory memory) => $"{memory.SourceLanguage}→{memory.TargetLanguage}";
            // as wide as the longest pair (ar→en-GB), so that the names stay in one column
            var width = Math.Max(7, memories.Max(entry => Pair(entry.Memory).Length));
            output.WriteLine($"{"units",11}  {"pair".PadRight(width)}  name");
            foreach (var (memory, units) in memories)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{units,11:N0}  {Pair(memory).PadRight(width)}  {memory.Name}"));
            }
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm concordance TEXT`: units whose source or target holds the words, the hit marked.</summary>
public static class TmConcordanceCommand
{
    public static Command Create(GlobalOptions options)
    {
        var text = new Argument<string>("TEXT") { Description = "A word or phrase, Arabic or English." };
        var memory = TmCommand.Memory();
        var max = CommonOptions.Max("How many units to show.", 20);
        var json = CommonOptions.Json();
        var command = new Command("concordance", "Find a word or phrase in a memory's sources and targets.") { text, memory, max, json };
        command.SetAction(parseResult =>
        {
            if (string.IsNullOrWhiteSpace(parseResult.GetValue(text))) throw new InvalidInputException("the words to look for are empty.");
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var found = ChosenMemory.Get(parseResult, memory, workspace.Memories);
            var hits = new Concordance(workspace).Search(found, parseResult.GetValue(text)!, parseResult.GetValue(max));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, hits.Select(hit => new
                {
                    unitId = hit.Unit.Id, source = hit.Unit.Source, target = hit.Unit.Target, inSource = hit.InSource, inTarget = hit.InTarget,
                    sourceHits = hit.SourceHits, targetHits = hit.TargetHits,
                }));
                return 0;
            }
            if (hits.Count == 0) output.WriteLine($"no unit of memory '{found.Name}' holds it{TmCommand.OtherMemories(workspace.Memories, found)}");
            foreach (var hit in hits)
            {
                output.WriteLine($"unit {hit.Unit.Id}");
                output.WriteLine($"  {Mark(hit.Unit.Source, hit.SourceHits)}");
                output.WriteLine($"  {Mark(hit.Unit.Target, hit.TargetHits)}");
            }
            // the search stops at --max: it cannot say how many more there are
            if (hits.Count == parseResult.GetValue(max)) output.WriteLine($"(the first {hits.Count}; there may be more: raise --max to see them)");
            return 0;
        });
        return command;
    }

    // every hit marked, from the last so that the earlier places stay where they are
    private static string Mark(string text, IReadOnlyList<TextSpan> hits)
    {
        foreach (var hit in hits.Reverse())
        {
            text = $"{text[..hit.Start]}[[{text.Substring(hit.Start, hit.Length)}]]{text[(hit.Start + hit.Length)..]}";
        }
        return text;
    }
}

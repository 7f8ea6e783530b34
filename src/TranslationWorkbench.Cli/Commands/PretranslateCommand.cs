using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Translation;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw pretranslate DOC`: fills untranslated segments from the memory, as drafts that show where they came from.</summary>
public static class PretranslateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name." };
        var memory = TmCommand.Memory();
        var minScore = new Option<int>("--min-score") { Description = "The lowest match score to fill with (101 for context matches only).", DefaultValueFactory = _ => 100 };
        var command = new Command("pretranslate", "Fill a document's untranslated segments from a memory.") { document, memory, minScore };
        command.SetAction(parseResult =>
        {
            var threshold = parseResult.GetValue(minScore);
            if (threshold is < 1 or > 101) throw new InvalidInputException($"--min-score {threshold}: give a score from 1 to 101.");
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            var tm = ChosenMemory.Get(parseResult, memory, workspace.Memories);
            var report = new Pretranslator(workspace).Run(found, tm, threshold);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"document {found.Id} '{found.Name}': filled {report.Filled} of {report.Untranslated} untranslated segments from memory '{tm.Name}' (at {threshold}% or more), as drafts");
            foreach (var band in report.FilledByBand) output.WriteLine($"  {band.Label,-14} {band.Segments,4} segment{(band.Segments == 1 ? " " : "s")} {band.Words,6} word{(band.Words == 1 ? "" : "s")}");
            if (report.NumbersToCheck.Count > 0) output.WriteLine($"check the numbers of {report.NumbersToCheck.Count} draft(s): their match had other numbers");
            foreach (var draft in report.NumbersToCheck)
            {
                // the position is the number tw show prints first, the id the one after its #
                output.WriteLine($"  segment {draft.SegmentId} (no. {draft.Position + 1} in tw show, {draft.Score}%): the text has {MatchPrinter.List(draft.Numbers.OnlyInText)}, the match has {MatchPrinter.List(draft.Numbers.OnlyInMatch)}");
            }
            if (report.QuestionsToCheck.Count > 0) output.WriteLine($"check the question marks of {report.QuestionsToCheck.Count} draft(s): their match had the same words, with a question mark more or fewer");
            foreach (var draft in report.QuestionsToCheck)
            {
                var which = draft.SegmentAsks ? "the text asks a question, the match does not" : "the match asks a question, the text does not";
                output.WriteLine($"  segment {draft.SegmentId} (no. {draft.Position + 1} in tw show, {draft.Score}%): {which}");
            }
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm search TEXT` or `tw tm search --queries FILE`: the best memory matches of each sentence.</summary>
public static class TmSearchCommand
{
    public static Command Create(GlobalOptions options)
    {
        var text = new Argument<string?>("TEXT") { Description = "The sentence to look up.", Arity = ArgumentArity.ZeroOrOne };
        var queries = new Option<string?>("--queries") { Description = "A file with one sentence to look up per line." };
        var memory = TmCommand.Memory();
        var minScore = new Option<int>("--min-score") { Description = "The lowest score to show (1–100).", DefaultValueFactory = _ => 50 };
        var max = CommonOptions.Max("How many matches per sentence.", 5);
        var exhaustive = new Option<bool>("--exhaustive") { Description = "Verify every unit that could reach --min-score (slower; for checking)." };
        var json = CommonOptions.Json();
        var command = new Command("search", "Look sentences up in a memory: context, exact and fuzzy matches with their differences.")
        {
            text, queries, memory, minScore, max, exhaustive, json,
        };
        command.SetAction(parseResult =>
        {
            var sentences = Sentences(parseResult.GetValue(text), parseResult.GetValue(queries));
            var threshold = parseResult.GetValue(minScore);
            if (threshold is < 1 or > 100) throw new InvalidInputException($"--min-score {threshold}: give a score from 1 to 100.");
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var found = ChosenMemory.Get(parseResult, memory, workspace.Memories);
            var matcher = new FuzzyMatcher(workspace);
            var matchOptions = new MatchOptions(threshold, parseResult.GetValue(max), parseResult.GetValue(exhaustive));
            var output = parseResult.InvocationConfiguration.Output;
            var nothingFound = false;
            foreach (var sentence in sentences)
            {
                var matches = matcher.Find(found, new MatchQuery(sentence), matchOptions);
                nothingFound |= matches.Count == 0;
                if (parseResult.GetValue(json)) JsonOutput.Write(output, MatchPrinter.Json(sentence, matches), indented: false);
                else MatchPrinter.Print(output, sentence, matches, threshold);
                // the translation searched for, most often: matches are looked up by their source
                if (matches.Count == 0 && !parseResult.GetValue(json) && ArabicScript.IsMissingFrom(sentence, found.SourceLanguage))
                {
                    output.WriteLine($"  (the text has not one Arabic letter, and memory '{found.Name}' is {found.SourceLanguage}→{found.TargetLanguage}: matches are found by their source; tw tm concordance finds words of the translations)");
                }
                // an Arabic sentence looked up in a memory of the other direction (an en→ar file imported as it is)
                else if (matches.Count == 0 && !parseResult.GetValue(json) && ArabicScript.IsArabicInsteadOf(sentence, found.SourceLanguage))
                {
                    output.WriteLine($"  (the text is in Arabic script, and memory '{found.Name}' is {found.SourceLanguage}→{found.TargetLanguage}: its sources are not Arabic; tw tm list shows each memory's pair)");
                }
            }
            // a match may be in a memory not searched: say which memory this was, and the others
            if (nothingFound && !parseResult.GetValue(json)) output.WriteLine($"(searched memory '{found.Name}'{TmCommand.OtherMemories(workspace.Memories, found)})");
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Sentences(string? text, string? queriesFile)
    {
        if (text is not null && queriesFile is not null) throw new InvalidInputException("give a TEXT or --queries FILE, not both.");
        if (text is not null) return string.IsNullOrWhiteSpace(text) ? throw new InvalidInputException("the text to look up is empty.") : [text];
        if (queriesFile is null) throw new InvalidInputException("give a sentence to look up, or --queries FILE with one per line.");
        var content = TextFile.Read(queriesFile);
        return TextLines.Of(content).Where(line => !line.IsBlank).Select(line => content.Substring(line.Start, line.Length).Trim()).ToList();
    }
}

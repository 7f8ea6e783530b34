using System.CommandLine;
using System.Globalization;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw docs`: the documents of the workspace with their progress.</summary>
public static class DocsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var json = CommonOptions.Json();
        var command = new Command("docs", "List documents with progress (segments and words translated, and drafts not yet confirmed).") { json };
        command.Subcommands.Add(DocsDeleteCommand.Create(options));
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var documents = workspace.Documents.List();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, documents.Select(p => new
                {
                    p.Document.Id, p.Document.Name, sourceLanguage = p.Document.SourceLanguage, targetLanguage = p.Document.TargetLanguage,
                    p.Segments, p.TranslatedSegments, p.Words, p.TranslatedWords, p.DraftSegments, p.DraftWords,
                }));
                return 0;
            }
            if (documents.Count == 0)
            {
                output.WriteLine("no documents yet; `tw import FILE` adds one.");
                return 0;
            }
            output.WriteLine($"{"id",4}  {"segments",-13}  {"words",-15}  {"done",5}  {"drafts",-16}  name");
            foreach (var p in documents)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Document.Id,4}  {$"{p.TranslatedSegments}/{p.Segments}",-13}  {$"{p.TranslatedWords:N0}/{p.Words:N0}",-15}  {p.Percent,4:F0}%  {Drafts(p),-16}  {p.Document.Name} ({p.Document.SourceLanguage}→{p.Document.TargetLanguage})"));
            }
            return 0;
        });
        return command;
    }

    // segments and words pre-translated or typed but not confirmed: not counted as done
    private static string Drafts(Core.Workspace.DocumentProgress progress) =>
        progress.DraftSegments == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{progress.DraftSegments} ({progress.DraftWords:N0} words)");
}

using System.CommandLine;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw show DOC`: a document's segments with their status and translation.</summary>
public static class ShowCommand
{
    public static Command Create(GlobalOptions options)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name." };
        var json = CommonOptions.Json();
        var command = new Command("show", "List a document's segments with status.") { document, json };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            var segments = workspace.Documents.Segments(found.Id);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json)) JsonOutput.Write(output, new { document = found, segments });
            else Print(output, found, segments);
            return 0;
        });
        return command;
    }

    public static void Print(TextWriter output, Document document, IReadOnlyList<DocumentSegment> segments)
    {
        output.WriteLine($"document {document.Id} '{document.Name}' ({document.SourceLanguage}→{document.TargetLanguage}), {segments.Count} segments");
        foreach (var segment in segments)
        {
            var score = segment.MatchScore is { } value ? $" {value}%" : "";
            output.WriteLine($"{segment.Position + 1,4} #{segment.Id,-5} [{segment.Status.ToText()}{score}] {segment.Source}");
            if (segment.Target is not null) output.WriteLine($"{"",11}→ {segment.Target}");
        }
    }
}

using System.CommandLine;
using System.Globalization;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw history SEGMENT`: every revision of a segment's translation.</summary>
public static class HistoryCommand
{
    public static Command Create(GlobalOptions options)
    {
        var segment = new Argument<long>("SEGMENT") { Description = "The segment's id (tw show lists them)." };
        var json = CommonOptions.Json();
        var command = new Command("history", "List every revision of a segment's translation.") { segment, json };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Segment(parseResult.GetValue(segment));
            var revisions = workspace.Documents.Revisions(found.Id);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, new { segment = found, revisions });
                return 0;
            }
            output.WriteLine($"segment {found.Id}: {found.Source}");
            if (revisions.Count == 0) output.WriteLine("  no translation yet");
            foreach (var revision in revisions)
            {
                var score = revision.MatchScore is { } value ? $" {value}%" : "";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  r{revision.Number}  {revision.CreatedAt:yyyy-MM-dd HH:mm:ss}Z  {revision.Author}  {revision.Status.ToString().ToLowerInvariant()}  {revision.Origin}{score}"));
                output.WriteLine($"      {revision.Target}");
            }
            return 0;
        });
        return command;
    }
}

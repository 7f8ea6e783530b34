using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw docs delete DOC`: deletes a document with its segments and revisions (a file imported by mistake); the memory keeps every unit confirmed from it.</summary>
/// <remarks>A document with translations or drafts goes only with --yes: they are the translator's work.</remarks>
public static class DocsDeleteCommand
{
    public static Command Create(GlobalOptions options)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name (tw docs lists them)." };
        var yes = new Option<bool>("--yes") { Description = "Delete it although some of its segments are translated or drafted." };
        var command = new Command("delete", "Delete a document with its segments and revisions; the memory keeps its units.") { document, yes };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            // checked as it is deleted: a segment confirmed in the web workbench a moment before keeps it
            if (!workspace.Documents.Delete(found.Id, onlyIfUntranslated: !parseResult.GetValue(yes)))
            {
                var worked = workspace.Documents.Segments(found.Id).Count(segment => segment.Status != SegmentStatus.New);
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                    $"document {found.Id} '{found.Name}' has {worked:N0} translated or drafted segment{(worked == 1 ? "" : "s")}; give --yes to delete it with them (tw export {found.Id} --output FILE keeps the translation first); nothing changed."));
            }
            parseResult.InvocationConfiguration.Output.WriteLine($"deleted document {found.Id} '{found.Name}' with its segments and revisions; the memory keeps the units confirmed from it");
            return 0;
        });
        return command;
    }
}

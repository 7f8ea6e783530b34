using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Translation;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw export DOC --output FILE.txt` (the translation, laid out as the original) or `--output FILE.tmx` (its segment pairs).</summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name." };
        var output = new Option<string>("--output") { Description = "FILE.txt for the translated text, FILE.tmx for its translated segment pairs.", Required = true };
        var drafts = new Option<bool>("--drafts") { Description = "In a TMX, include draft translations too (a text has every translation there is, drafts included)." };
        var force = CommonOptions.Force();
        var command = new Command("export", "Export a document's translation as text or TMX.") { document, output, drafts, force };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            var path = parseResult.GetValue(output)!;
            var console = parseResult.InvocationConfiguration.Output;
            if (path.EndsWith(".tmx", StringComparison.OrdinalIgnoreCase))
            {
                var report = DocumentTmxExport.Run(workspace, found, path, parseResult.GetValue(drafts), parseResult.GetValue(force));
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"document {found.Id} '{found.Name}' → {path}: {report.Written:N0} segment pair{(report.Written == 1 ? "" : "s")}"));
                foreach (var leftOut in report.LeftOut) console.WriteLine($"  {leftOut}");
                return 0;
            }
            // a .docx or .pdf name would get plain text inside: said before anything is written
            if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var kind = Path.GetExtension(path) is { Length: > 0 } extension ? extension : "file without an extension";
                throw new InvalidInputException($"--output {path}: give a .txt file for the translated text or a .tmx file for its segment pairs; tw writes no {kind}.");
            }
            var (segments, untranslated, draftCount) = DocumentExport.Write(workspace, found, path, parseResult.GetValue(force));
            // drafts are machine-filled (pretranslate) and not yet confirmed by anyone: said apart, not counted as done
            console.WriteLine($"document {found.Id} '{found.Name}' → {path}: {segments - untranslated} of {segments} segments translated"
                + (draftCount > 0 ? $" ({draftCount} of them drafts nobody has confirmed)" : "")
                + (untranslated > 0 ? $", {untranslated} left in {found.SourceLanguage}" : ""));
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw import FILE`: stores a text as a document, cut into segments.</summary>
public static class ImportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "The source text (UTF-8 or UTF-16 with BOM)." };
        var language = CommonOptions.Language("--lang", "ar", "The source language.");
        var targetLanguage = CommonOptions.Language("--target-lang", "en", "The language it will be translated into.");
        var name = new Option<string?>("--name") { Description = "The document's name (default: the file name without extension)." };
        var encoding = CommonOptions.Encoding();
        var command = new Command("import", "Import a source text as a document to translate.") { file, language, targetLanguage, name, encoding };
        command.SetAction(parseResult => options.Creating(parseResult, workspace =>
        {
            var import = workspace.Documents.Import(parseResult.GetValue(file)!, parseResult.GetValue(language)!,
                parseResult.GetValue(targetLanguage)!, parseResult.GetValue(name), parseResult.GetValue(encoding));
            parseResult.InvocationConfiguration.Output.WriteLine(Describe(import));
            return 0;
        }));
        return command;
    }

    public static string Describe(DocumentImport import)
    {
        var document = import.Document;
        var counts = string.Create(CultureInfo.InvariantCulture, $"{import.Segments:N0} segment{(import.Segments == 1 ? "" : "s")}, {import.Words:N0} word{(import.Words == 1 ? "" : "s")}");
        return import.AlreadyImported
            ? $"already imported as document {document.Id} '{document.Name}' ({counts}); nothing changed."
            : $"imported document {document.Id} '{document.Name}' ({document.SourceLanguage}→{document.TargetLanguage}): {counts}.";
    }
}

using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Translation;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw analyze DOC`: segments and words per match band, the analysis translators are paid by.</summary>
public static class AnalyzeCommand
{
    public static Command Create(GlobalOptions options)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name." };
        var memory = TmCommand.Memory();
        var json = CommonOptions.Json();
        var command = new Command("analyze", "Count a document's segments and words per match band against a memory.") { document, memory, json };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            var tm = ChosenMemory.Get(parseResult, memory, workspace.Memories);
            var analysis = new Analyzer(workspace).Analyze(found, tm);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, new
                {
                    document = found.Name, documentId = found.Id, memory = tm.Name,
                    bands = analysis.Bands.Select(b => new { band = b.Label, segments = b.Segments, words = b.Words }),
                    total = new { segments = analysis.TotalSegments, words = analysis.TotalWords },
                });
            }
            else Print(output, analysis);
            return 0;
        });
        return command;
    }

    public static void Print(TextWriter output, DocumentAnalysis analysis)
    {
        output.WriteLine($"analysis of document {analysis.Document.Id} '{analysis.Document.Name}' against memory '{analysis.Memory}'");
        output.WriteLine($"  {"band",-14} {"segments",8} {"words",8} {"words %",8}");
        foreach (var band in analysis.Bands)
        {
            var share = analysis.TotalWords == 0 ? 0 : 100.0 * band.Words / analysis.TotalWords;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {band.Label,-14} {band.Segments,8} {band.Words,8:N0} {share,7:F1}%"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-14} {analysis.TotalSegments,8} {analysis.TotalWords,8:N0}"));
    }
}

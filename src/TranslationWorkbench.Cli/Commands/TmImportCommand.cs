using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm import FILE`: units from a TMX file (or tab-separated pairs, .tsv) into a memory, in one transaction.</summary>
public static class TmImportCommand
{
    private const int SkippedShown = 20;

    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "A TMX file (1.1–1.4), or a .tsv of source<TAB>target lines." };
        var memory = TmCommand.MemoryToFill();
        var sourceLanguage = CommonOptions.Language("--source-lang", "ar", "The language to take as the source.");
        var targetLanguage = CommonOptions.Language("--target-lang", "en", "The language to take as the target.");
        var command = new Command("import", "Import a TMX or TSV file into a memory.") { file, memory, sourceLanguage, targetLanguage };
        command.SetAction(parseResult => options.Creating(parseResult, workspace =>
        {
            var path = parseResult.GetValue(file)!;
            var error = parseResult.InvocationConfiguration.Error;
            using var progress = new StderrProgress(error, "units");
            var report = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
                ? TsvImport.Run(workspace, path, parseResult.GetValue(memory)!, parseResult.GetValue(sourceLanguage)!, parseResult.GetValue(targetLanguage)!)
                : TmxImport.Run(workspace, path, parseResult.GetValue(memory)!, parseResult.GetValue(sourceLanguage)!, parseResult.GetValue(targetLanguage)!, progress);
            Print(parseResult.InvocationConfiguration.Output, report, options.MemoryDbConnection(parseResult) is null ? "the workspace's" : "the server's");
            return 0;
        }));
        return command;
    }

    /// <param name="whose">Whose memories the others are: "the workspace's", "the server's".</param>
    public static void Print(TextWriter output, ImportReport report, string whose)
    {
        ArgumentNullException.ThrowIfNull(report);
        var others = FilledMemory.Others(report.NewMemory, whose);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.File} → {FilledMemory.Name(report.Memory, report.NewMemory)}: read {report.Read:N0}, imported {report.Imported:N0}, merged {report.Merged:N0}, skipped {report.Skipped.Count:N0}{others}{(others.Length > 0 ? "." : "")}"));
        foreach (var group in report.Skipped.GroupBy(s => Reason(s.Reason)))
        {
            output.WriteLine($"  skipped {group.Count()} × {group.Key}: lines {string.Join(", ", group.Take(SkippedShown).Select(s => s.Line))}{(group.Count() > SkippedShown ? ", …" : "")}");
        }
        foreach (var warning in report.Warnings.Take(SkippedShown)) output.WriteLine($"  warning: {warning}");
        if (report.Warnings.Count > SkippedShown) output.WriteLine($"  … {report.Warnings.Count - SkippedShown} more warnings");
    }

    // Group "no <tuv> for 'ar' (found: en, fr)" with "no <tuv> for 'ar' (found: en)".
    private static string Reason(string reason)
    {
        var detail = reason.IndexOf(" (", StringComparison.Ordinal);
        return detail < 0 ? reason : reason[..detail];
    }
}

using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm export OUT.tmx`: a memory (or part of it) as TMX 1.4b.</summary>
public static class TmExportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("OUT.tmx") { Description = "The TMX file to write." };
        var memory = TmCommand.Memory();
        var document = new Option<string?>("--document") { Description = "Only the units that came from this document (its name)." };
        var since = new Option<string?>("--since") { Description = "Only the units changed on or after this date (2020-02-07, 2020-02-07T10:00:00Z or 20200207T100000Z)." };
        var force = CommonOptions.Force();
        var command = new Command("export", "Export a memory as a TMX 1.4b file.") { file, memory, document, since, force };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            // TMX under another name (welsh.en.txt) would look like a text a translator can open: said before anything is written
            if (!path.EndsWith(".tmx", StringComparison.OrdinalIgnoreCase))
            {
                var kind = Path.GetExtension(path) is { Length: > 0 } extension ? extension : "a file without an extension";
                throw new InvalidInputException($"{path}: give a .tmx file; tw tm export writes TMX 1.4b, not {kind}.");
            }
            using var workspace = options.OpenExisting(parseResult, memoryCommand: true);
            var found = ChosenMemory.Get(parseResult, memory, workspace.Memories);
            var filter = new UnitFilter(parseResult.GetValue(document), ParseSince(parseResult.GetValue(since)));
            var report = TmxExport.Run(workspace, found, path, filter, parseResult.GetValue(force));
            Print(parseResult.InvocationConfiguration.Output, report);
            return 0;
        });
        return command;
    }

    public static void Print(TextWriter output, ExportReport report)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory '{report.Memory}' → {report.File}: {report.Written:N0} units"));
        foreach (var leftOut in report.LeftOut) output.WriteLine($"  {leftOut}");
    }

    public static DateTimeOffset? ParseSince(string? text)
    {
        if (text is null) return null;
        if (TmxDate.TryParse(text, out var tmx)) return tmx;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)) return date;
        throw new InvalidInputException($"--since {text}: not a date (try 2020-02-07 or 2020-02-07T10:00:00Z).");
    }
}

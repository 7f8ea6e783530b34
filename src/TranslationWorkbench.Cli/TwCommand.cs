using System.CommandLine;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Cli.Commands;
using TranslationWorkbench.Core;

namespace TranslationWorkbench.Cli;

/// <summary>The `tw` program: its commands, and the one place where errors become a message and an exit code.</summary>
public static class TwCommand
{
    public const int Failure = 1;

    public static RootCommand Create(TextReader? input = null)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("TranslationWorkbench: an Arabic→English translation-memory workbench.")
        {
            options.Workspace,
            options.MemoryDb,
        };
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(ImportCommand.Create(options));
        root.Subcommands.Add(DocsCommand.Create(options));
        root.Subcommands.Add(ShowCommand.Create(options));
        root.Subcommands.Add(AlignCommand.Create(options));
        root.Subcommands.Add(TmCommand.Create(options));
        root.Subcommands.Add(AnalyzeCommand.Create(options));
        root.Subcommands.Add(PretranslateCommand.Create(options));
        root.Subcommands.Add(TranslateCommand.Create(options, () => input ?? Console.In));
        root.Subcommands.Add(HistoryCommand.Create(options));
        root.Subcommands.Add(DiffCommand.Create(options));
        root.Subcommands.Add(ExportCommand.Create(options));
        root.Subcommands.Add(TmxCommand.Create());
        root.Subcommands.Add(ServeCommand.Create(options));
        root.Subcommands.Add(CheckCommand.Create(options));
        root.Subcommands.Add(BackupCommand.Create(options));
        root.Subcommands.Add(BenchCommand.Create(options));
        root.Subcommands.Add(DemoCommand.Create(options));
        return root;
    }

    /// <summary>Parses and runs a command line; bad input and unusable files end in "error: …" on stderr and exit code 1.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parsed = Create(input).Parse(args);
            // a mistyped option or value: the error and the nearest spelling, not the whole help again
            // "--memory --json": parsed, but --json is the memory's name; nothing is run
            if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction || ParseErrorReport.HasForgottenValue(parsed)) return ParseErrorReport.Print(parsed, error);
            return parsed.Invoke(configuration);
        }
        catch (InvalidInputException e)
        {
            return Fail(error, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message);
        }
        catch (SqliteException e)
        {
            return Fail(error, $"workspace: {e.Message}");
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return Failure;
    }
}

using System.CommandLine;
using System.Globalization;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>Options several commands share, made the same way everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Language(string name, string defaultValue, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>How many results to show: a whole number of at least 1, checked before anything is opened.</summary>
    public static Option<int> Max(string description, int defaultValue)
    {
        var max = new Option<int>("--max") { Description = description, DefaultValueFactory = _ => defaultValue };
        max.Validators.Add(result =>
        {
            // read from the token: a value that is not a number has its own parse error, and no value to get
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < 1)
            {
                result.AddError($"--max {value}: give how many to show, 1 or more.");
            }
        });
        return max;
    }

    /// <summary>True when the command line names the option, false when its value is the default.</summary>
    public static bool IsGiven(ParseResult parseResult, Option option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetResult(option) is { Implicit: false };
    }

    /// <summary>Replace the output file when there is one: without it, an export refuses to write over a file.</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace the file if there is one (never the text a document was imported from).",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for scripts instead of text." };

    public static Option<string?> Encoding() => new("--encoding")
    {
        Description = "The file's encoding when it is not Unicode with a BOM or UTF-8 (e.g. windows-1256, iso-8859-6, utf-16le).",
    };
}

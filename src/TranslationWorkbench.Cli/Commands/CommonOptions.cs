using System.CommandLine;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>Options several commands share, made the same way everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Language(string name, string defaultValue, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for scripts instead of text." };

    public static Option<string?> Encoding() => new("--encoding")
    {
        Description = "The file's encoding when it is not Unicode with a BOM or UTF-8 (e.g. windows-1256, iso-8859-6, utf-16le).",
    };
}

namespace TranslationWorkbench.Cli.Tests;

/// <summary>Runs `tw` in-process, as the shell would, and keeps what it printed.</summary>
internal sealed record Tw(int ExitCode, string Output, string Error)
{
    public static Tw Run(params string[] args) => Typing(null, args);

    /// <summary>Runs tw with <paramref name="typed"/> as what the user types on standard input (for `tw translate`).</summary>
    public static Tw Typing(string? typed, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = TwCommand.Run(args, output, error, typed is null ? null : new StringReader(typed));
        return new Tw(exitCode, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "sample", name);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

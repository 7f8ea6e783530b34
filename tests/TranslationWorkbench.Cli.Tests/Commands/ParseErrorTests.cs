namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>A command line that does not parse: one "error: …" line per problem on stderr, in words, nothing on stdout, exit 1.</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("error: tw export needs --output (FILE.txt for the translated text, FILE.tmx for its translated segment pairs).", "export", "1")]
    [InlineData("error: --max abc: give a whole number.", "tm", "search", "نص", "--max", "abc")]
    [InlineData("error: --max 1.5: give a whole number.", "tm", "concordance", "نص", "--max", "1.5")]
    [InlineData("error: --max 0: give how many to show, 1 or more.", "tm", "search", "نص", "--max", "0")]
    [InlineData("error: --from x: give a whole number.", "diff", "6", "--from", "x")]
    [InlineData("error: --text foo: give one of news, zipf.", "bench", "--text", "foo")]
    [InlineData("error: tw tm search has no option '--maxx'; did you mean --max?", "tm", "search", "نص", "--maxx", "3")]
    [InlineData("error: tw tm has no command or argument 'serch'; did you mean search?", "tm", "serch", "نص")]
    [InlineData("error: tw analyze needs DOC: tw analyze DOC", "analyze")]
    [InlineData("error: UNIT abc: give a whole number.", "tm", "delete", "1", "abc")]
    [InlineData("error: --min-confidence 0,5: write the decimal with a point, 0.5.", "align", "a.txt", "b.txt", "--min-confidence", "0,5")]
    [InlineData("error: --max needs a whole number after it.", "tm", "search", "نص", "--max")]
    [InlineData("error: --workspace needs a value after it.", "docs", "--workspace")]
    [InlineData("error: --format xml: give one of beads, tsv, json, tmx.", "align", "a.txt", "b.txt", "--format", "xml")]
    [InlineData("error: tw tm search has no option '--worksapce'; did you mean --workspace?", "tm", "search", "نص", "--worksapce", "w.db")]
    [InlineData("error: tw align needs SOURCE TARGET: tw align SOURCE TARGET", "align", "a.txt")]
    [InlineData("error: --source-lang needs a value after it; it took the option --workspace as its value.", "tm", "import", "a.tmx", "--source-lang", "--workspace", "w.db")]
    [InlineData("error: --max needs a value after it; it took the option --json as its value.", "tm", "search", "نص", "--max", "--json")]
    [InlineData("error: --memory needs a value after it; it took the option --json as its value.", "tm", "search", "نص", "--memory", "--json")] // parses: a memory called --json
    [InlineData("error: tw import has no option '--source-lang'; it takes --lang (the source language).", "import", "--source-lang", "ar", "a.txt")]
    [InlineData("error: tw import has no option '--source-lang'; it takes --lang (the source language).", "import", "a.txt", "--source-lang", "ar")]
    [InlineData("error: tw align has no option '--lang'; it takes --source-lang (the source text's language).", "align", "a.txt", "b.txt", "--lang", "ar")]
    [InlineData("error: tw segment has no option '--source-language'; it takes --lang (the text's language).", "segment", "a.txt", "--source-language", "en")]
    [InlineData("error: tw export has no option '--out'; it takes --output (FILE.txt for the translated text, FILE.tmx for its translated segment pairs).", "export", "1", "--out", "a.txt")]
    public void BadCommandLine_IsOneClearError_OnStderrOnly(string expected, params string[] args)
    {
        var tw = Tw.Run(args);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal("", tw.Output);
        var lines = tw.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(expected, lines[0]);
        Assert.Equal(2, lines.Length); // and where to look: "(tw … --help lists what it takes)"
        Assert.EndsWith("--help lists what it takes)", lines[1]);
    }
}

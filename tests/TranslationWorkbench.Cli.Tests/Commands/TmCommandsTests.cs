namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>`tw tm import`, `tw tm export` and `tw tmx validate` on real files.</summary>
public sealed class TmCommandsTests : IDisposable
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Alone</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="ar-SA"><seg>سلام</seg></tuv></tu>
        </body></tmx>
        """;

    private readonly TempFolder folder = new();
    private readonly string workspace;

    public TmCommandsTests() => workspace = folder.File("workbench.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_PrintsTheReport()
    {
        var tmx = folder.Write("in.tmx", Tmx);

        var tw = Tw.Run("tm", "import", tmx, "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Equal($"""
            {tmx} → new memory 'default' (ar→en): read 3, imported 2, merged 0, skipped 1
              skipped 1 × no <tuv> for 'ar': lines 5

            """, tw.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ExportThenValidate_IsValidAndHasTheUnits()
    {
        Tw.Run("tm", "import", folder.Write("in.tmx", Tmx), "--workspace", workspace);
        var exported = folder.File("out.tmx");

        var export = Tw.Run("tm", "export", exported, "--workspace", workspace);
        var validate = Tw.Run("tmx", "validate", exported);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"memory 'default' → {exported}: 2 units", export.Output.Trim());
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal($"{exported}: valid TMX 1.4b", validate.Output.Trim());
        Assert.Contains("<tuv xml:lang=\"ar\"><seg>سلام</seg></tuv>", File.ReadAllText(exported));
    }

    [Fact]
    public void Export_OverAFileThere_IsRefused_UnlessForced()
    {
        Tw.Run("tm", "import", folder.Write("in.tmx", Tmx), "--workspace", workspace);
        var exported = folder.Write("out.tmx", "earlier work");

        var refused = Tw.Run("tm", "export", exported, "--workspace", workspace);
        var earlier = File.ReadAllText(exported);
        var forced = Tw.Run("tm", "export", exported, "--workspace", workspace, "--force");

        Assert.Equal((1, $"error: {exported}: exists; give --force to replace it."), (refused.ExitCode, refused.Error.Trim()));
        Assert.Equal("earlier work", earlier);
        Assert.Equal((0, $"memory 'default' → {exported}: 2 units"), (forced.ExitCode, forced.Output.Trim()));
        Assert.Equal(0, Tw.Run("tmx", "validate", exported).ExitCode);
    }

    [Theory]
    [InlineData("welsh.en.txt", ".txt")]
    [InlineData("memory", "a file without an extension")]
    public void Export_ToANameThatIsNotTmx_IsRefused_AndWritesNothing(string name, string kind)
    {
        Tw.Run("tm", "import", folder.Write("in.tmx", Tmx), "--workspace", workspace);
        var path = folder.File(name);

        var tw = Tw.Run("tm", "export", path, "--workspace", workspace, "--force");

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal($"error: {path}: give a .tmx file; tw tm export writes TMX 1.4b, not {kind}.", tw.Error.Trim());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Validate_InvalidFile_ExitsOneWithPlacedMessages()
    {
        var bad = folder.Write("bad.tmx", Tmx.Replace("<tu><tuv xml:lang=\"en\"><seg>Alone</seg></tuv></tu>", "<tu usagecount=\"x\"><tuv xml:lang=\"ar\"><seg>وحيد</seg></tuv></tu>", StringComparison.Ordinal));

        var tw = Tw.Run("tmx", "validate", bad);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal($"""
            {bad}(5,2): usagecount="x" is not a number.
            {bad}(5,2): <tu> has no <tuv> in the source language 'en' (found: ar).
            {bad}: 2 problem(s)

            """, tw.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_NotWellFormed_FailsAndImportsNothing()
    {
        var broken = folder.Write("broken.tmx", Tmx[..^30]);

        var tw = Tw.Run("tm", "import", broken, "--workspace", workspace);
        var export = Tw.Run("tm", "export", folder.File("out.tmx"), "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.StartsWith($"error: {broken}(6,", tw.Error);
        Assert.Equal(1, export.ExitCode); // not even the workspace the import would have made
        Assert.StartsWith($"error: {workspace}: no such workspace", export.Error);
        Assert.False(File.Exists(workspace));
    }

    [Fact]
    public void Import_Tsv_ReadsPairs()
    {
        var tsv = folder.Write("pairs.tsv", "مرحبا\tHello\t0.9\nسلام\tPeace\t0.8\n");

        var tw = Tw.Run("tm", "import", tsv, "--workspace", workspace, "--memory", "aligned");

        Assert.Equal(0, tw.ExitCode);
        Assert.StartsWith($"{tsv} → new memory 'aligned' (ar→en): read 2, imported 2", tw.Output);
    }

    [Fact]
    public void Import_IntoAMistypedMemory_MakesIt_AndSaysSoBesideTheOthers()
    {
        var tsv = folder.Write("pairs.tsv", "مرحبا\tHello\n");
        Tw.Run("tm", "import", tsv, "--workspace", workspace);

        var again = Tw.Run("tm", "import", tsv, "--workspace", workspace);
        var mistyped = Tw.Run("tm", "import", tsv, "--workspace", workspace, "--memory", "defualt");

        Assert.Equal($"{tsv} → memory 'default': read 1, imported 0, merged 1, skipped 0", again.Output.Trim());
        Assert.Equal($"{tsv} → new memory 'defualt' (ar→en): read 1, imported 1, merged 0, skipped 0; the workspace's other memories: default.", mistyped.Output.Trim());
    }

    [Fact]
    public void Import_TsvLinesWithoutAnArabicLetter_AreSkippedWithTheReason()
    {
        var tsv = folder.Write("pairs.tsv", "a\tb\nمرحبا\tHello\n");
        var none = folder.Write("none.tsv", "a\tb\n");

        var tw = Tw.Run("tm", "import", tsv, "--workspace", workspace);
        var refused = Tw.Run("tm", "import", none, "--workspace", workspace);

        Assert.Contains("  skipped 1 × the source has no Arabic letter: lines 1", tw.Output);
        Assert.Equal($"error: {none}: its one line could not be imported; nothing imported. First: line 1, the source has no Arabic letter.", refused.Error.Trim());
    }

    [Fact]
    public void Export_BadSince_IsAnError()
    {
        Tw.Run("tm", "import", folder.Write("in.tmx", Tmx), "--workspace", workspace);

        var tw = Tw.Run("tm", "export", folder.File("out.tmx"), "--since", "yesterday-ish", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal("error: --since yesterday-ish: not a date (try 2020-02-07 or 2020-02-07T10:00:00Z).", tw.Error.Trim());
    }
}

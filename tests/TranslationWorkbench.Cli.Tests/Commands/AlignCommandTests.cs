using System.Text.Json;

namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>`tw align` on the bundled interview and its translation.</summary>
public sealed class AlignCommandTests : IDisposable
{
    private static readonly string Arabic = Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt");
    private static readonly string English = Tw.Sample("rudaw-2020-02-07-caggins-interview.en.txt");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // an NTREX article (one sentence a line) as a page: its sentences joined by spaces
    private string Page(string name, string document) =>
        folder.Write(name, string.Join(' ', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "ntrex128-alignment-dev", document))));

    [Fact]
    public void Align_Beads_AreVecalignFormatWithAConfidence()
    {
        var tw = Tw.Run("align", Arabic, English);

        Assert.Equal(0, tw.ExitCode);
        var lines = tw.OutputLines;
        Assert.Matches(@"^\[\d+(,\d+)*\]:\[(\d+(,\d+)*)?\]\t[01]\.\d{3}$", lines[0]);
        Assert.Contains("[26]:[45,46,47,48,49]\t", tw.Output);
        Assert.Contains("[44]:[]\t", tw.Output);
    }

    [Fact]
    public void Align_SwappedFiles_IsAnError_AndStoresNothing()
    {
        var workspace = folder.File("workbench.db");

        var tw = Tw.Run("align", English, Arabic, "--commit", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Contains("has not one Arabic letter; the Arabic text comes first, its translation second: are the two swapped?", tw.Error);
        Assert.False(File.Exists(workspace));
    }

    [Fact]
    public void Align_ATranslationWithAControlCharacter_IsAnError_AndStoresNothing()
    {
        // Given the translation with a stray U+0015 (copied from a terminal), which no TMX could carry
        var workspace = folder.File("workbench.db");
        var english = folder.Write("interview.en.txt", File.ReadAllText(English).Replace("Rudaw", "Rudaw\u0015", StringComparison.Ordinal));
        var at = Core.Text.TextFile.Where(File.ReadAllText(english), File.ReadAllText(english).IndexOf('\u0015', StringComparison.Ordinal));

        var tw = Tw.Run("align", Arabic, english, "--commit", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal($"error: {english}({at}): U+0015, a control character, cannot be stored (TMX cannot carry it).", tw.Error.Trim());
        Assert.False(File.Exists(workspace));
    }

    [Fact]
    public void Align_Tsv_IsWhatTmImportReads()
    {
        var tsv = folder.File("pairs.tsv");

        Tw.Run("align", Arabic, English, "--format", "tsv", "--output", tsv);
        var import = Tw.Run("tm", "import", tsv, "--workspace", folder.File("w.db"));

        var line = File.ReadAllLines(tsv).First(l => l.StartsWith("رووداو: هل استأنف", StringComparison.Ordinal));
        Assert.StartsWith("رووداو: هل استأنف التحالف الدولي مهامه المشتركة مع الجيش العراقي لمكافحة داعش؟\tRudaw: Has the global coalition resumed its joint missions with the Iraqi army to fight ISIS?\t", line);
        // the six pairs with no English side, and the date line (07-02-2020), whose Arabic side has no Arabic letter
        Assert.Contains("read 44, imported 37, merged 0, skipped 7", import.Output);
    }

    [Fact]
    public void Align_Output_NeverOverOneOfItsTexts_AndOverAnotherFileOnlyWithForce()
    {
        var english = folder.Write("interview.en.txt", File.ReadAllText(English));
        var tsv = folder.Write("pairs.tsv", "earlier work\n");

        var overItsText = Tw.Run("align", Arabic, english, "--format", "tsv", "--output", english, "--force");
        var overAFile = Tw.Run("align", Arabic, english, "--format", "tsv", "--output", tsv);
        var forced = Tw.Run("align", Arabic, english, "--format", "tsv", "--output", tsv, "--force");

        Assert.Equal((1, $"error: --output {english}: is one of the two texts being aligned; give another name."), (overItsText.ExitCode, overItsText.Error.Trim()));
        Assert.Equal(File.ReadAllText(English), File.ReadAllText(english));
        Assert.Equal((1, $"error: --output {tsv}: exists; give --force to replace it."), (overAFile.ExitCode, overAFile.Error.Trim()));
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("المتحدث باسم التحالف", File.ReadAllText(tsv));
    }

    [Fact]
    public void Align_JsonAndTmx()
    {
        var json = Tw.Run("align", Arabic, English, "--format", "json");
        var tmx = folder.File("aligned.tmx");
        Tw.Run("align", Arabic, English, "--format", "tmx", "--output", tmx);

        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(45, document.RootElement.GetProperty("source").GetArrayLength());
        Assert.Equal(87, document.RootElement.GetProperty("target").GetArrayLength());
        Assert.Equal(0, Tw.Run("tmx", "validate", tmx).ExitCode);
        Assert.Contains("<prop type=\"x-origin\">alignment</prop>", File.ReadAllText(tmx));
    }

    [Fact]
    public void Align_Presegmented_UsesTheLinesAsTheyAre()
    {
        var tw = Tw.Run("align", Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.sentences"), Tw.Sample("rudaw-2020-02-07-caggins-interview.en.sentences"), "--presegmented");

        Assert.Equal(0, tw.ExitCode);
        Assert.Equal(45, tw.OutputLines.Sum(line => line[..line.IndexOf(':', StringComparison.Ordinal)].Count(c => c == ',') + (line.StartsWith("[]", StringComparison.Ordinal) ? 0 : 1)));
    }

    [Fact]
    public void Align_Commit_StoresAlignmentUnitsAndReports()
    {
        var workspace = folder.File("w.db");

        var tw = Tw.Run("align", Arabic, English, "--commit", "--min-confidence", "0.9", "--workspace", workspace);
        var search = Tw.Run("tm", "search", "رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟", "--workspace", workspace, "--json");

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("aligned 45 Arabic and 87 English sentences in 44 pairs (19 × 1-1, 7 × 1-5, 6 × 1-0", tw.Output);
        Assert.Contains("numbers and names: 27 of 38 sentence pairs share a number or a name; 16 of the 18 numbers and names in a single sentence of each text are in the same sentence pair", tw.Output);
        Assert.Contains("new memory 'default' (ar→en): stored", tw.Output);
        Assert.Contains("× no English side", tw.Output);
        using var json = JsonDocument.Parse(search.Output);
        var match = json.RootElement.GetProperty("matches")[0];
        Assert.Equal(100, match.GetProperty("score").GetInt32());
        Assert.Equal("alignment", match.GetProperty("origin").GetString());
        Assert.Equal("Rudaw: Has your support for the Syrian Democratic Forces increased?", match.GetProperty("target").GetString());
    }

    [Fact]
    public void Align_Commit_ADoubtfulPairStored_IsListedWithItsUnit_WhichDeleteTakes()
    {
        var workspace = folder.File("w.db");

        var tw = Tw.Run("align", Arabic, English, "--commit", "--min-confidence", "0", "--workspace", workspace);

        var line = tw.OutputLines.Single(l => l.Contains("07-02-2020 رووداو", StringComparison.Ordinal));
        var unit = System.Text.RegularExpressions.Regex.Match(line, @"^\s+48% unit (\d+) \[1,2\]:\[1\]").Groups[1].Value;
        Assert.NotEqual("", unit);
        var delete = Tw.Run("tm", "delete", unit, "--workspace", workspace);
        Assert.Equal($"deleted unit {unit}: 07-02-2020 رووداو → 7 February 2020", delete.Output.Trim());
    }

    [Fact]
    public void Align_TheArabicTextTwice_IsAnError_AndStoresNothing()
    {
        var workspace = folder.File("workbench.db");

        var tw = Tw.Run("align", Arabic, Tw.Sample("rudaw-2020-02-07-caggins-interview.revised.ar.txt"), "--commit", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.EndsWith("is written in Arabic script, not in 'en'; the translation comes second: is it the Arabic text again?", tw.Error.Trim());
        Assert.False(File.Exists(workspace));
    }

    [Fact]
    public void Align_Commit_ByDefault_LeavesOutTheMostDoubtfulPairs_AndListsTheDoubtfulOnes()
    {
        var workspace = folder.File("w.db");

        var tw = Tw.Run("align", Arabic, English, "--commit", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("skipped 1 × below the confidence threshold", tw.Output);
        Assert.Contains("3 pair(s) below 90% confidence, for a reviewer to look at first:", tw.Output);
        // lowest first, and whether it went into the memory
        var listed = tw.OutputLines.SkipWhile(line => !line.Contains("look at first", StringComparison.Ordinal)).Skip(1).ToArray();
        Assert.Matches(@"^\s+48% skipped \[1,2\]:\[1\]\s+07-02-2020 رووداو ⇄ 7 February 2020$", listed[0]);
        Assert.Matches(@"^\s+58% skipped \[4\]:\[2\]\s+A\+ A- ⇄ Rudaw$", listed[1]); // a page's font buttons
        Assert.Contains("skipped 1 × no Arabic letter on the Arabic side", tw.Output);
    }

    [Fact]
    public void Align_Commit_AnotherArticlesTranslation_IsRefused_AndNothingIsStored()
    {
        // Given the Welsh Assembly article and, by mistake, the Macedonian referendum's English, laid out as pages
        var (arabic, english) = (Page("welsh.ar.txt", "000.ar"), Page("macedonia.en.txt", "001.en"));
        var workspace = folder.File("w.db");

        var tw = Tw.Run("align", arabic, english, "--commit", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal(
            $"error: {arabic} and {english} do not look like a text and its translation: none of the 5 sentence pairs shares a number or a name, and 3 of 15 Arabic sentences have no counterpart; nothing stored. If they are, give --skip-check.\n",
            tw.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", tw.Output);
        Assert.False(File.Exists(workspace));
    }

    [Fact]
    public void Align_Commit_Force_StoresTextsThatDoNotLookLikeATranslation_AndSaysSo()
    {
        var workspace = folder.File("w.db");

        var tw = Tw.Run("align", Page("welsh.ar.txt", "000.ar"), Page("macedonia.en.txt", "001.en"), "--commit", "--skip-check", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Equal("", tw.Error);
        Assert.Contains("numbers and names: none of the 5 sentence pairs shares a number or a name;", tw.Output);
        Assert.Contains("(stored with --skip-check)", tw.Output);
        Assert.Matches(@"new memory 'default' \(ar→en\): stored [1-9]", tw.Output);
    }

    [Fact]
    public void Align_WithoutCommit_TextsThatDoNotLookLikeATranslation_AreAWarningOnStderr()
    {
        var (arabic, english) = (Page("welsh.ar.txt", "000.ar"), Page("macedonia.en.txt", "001.en"));

        var tw = Tw.Run("align", arabic, english);
        var right = Tw.Run("align", arabic, Page("welsh.en.txt", "000.en"));

        Assert.Equal(0, tw.ExitCode);
        Assert.StartsWith($"warning: {arabic} and {english} do not look like a text and its translation: none of the 5 sentence pairs", tw.Error);
        Assert.EndsWith("; --commit will not store the pairs without --skip-check.", tw.Error.TrimEnd());
        Assert.Single(tw.Error.TrimEnd().Split('\n'));
        Assert.All(tw.OutputLines, line => Assert.Matches(@"^\[[\d,]*\]:\[[\d,]*\]\t[01]\.\d{3}$", line));
        Assert.Equal(0, right.ExitCode);
        Assert.Equal("", right.Error);
        Assert.Equal("", Tw.Run("align", arabic, english, "--skip-check").Error);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("lopsided")]
    [InlineData("binary")]
    public void Align_BadInput_IsAClearError(string kind)
    {
        var bad = kind switch
        {
            "empty" => folder.Write("empty.txt", " \n"),
            "lopsided" => folder.Write("short.txt", "جملة واحدة فقط."),
            _ => folder.Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
        };

        var tw = Tw.Run("align", bad, English, "--commit", "--workspace", folder.File("w.db"));

        Assert.Equal(1, tw.ExitCode);
        Assert.StartsWith("error: ", tw.Error);
        Assert.DoesNotContain("   at ", tw.Error);
        Assert.False(File.Exists(folder.File("w.db")) && Tw.Run("tm", "export", folder.File("x.tmx"), "--workspace", folder.File("w.db")).ExitCode == 0);
    }
}

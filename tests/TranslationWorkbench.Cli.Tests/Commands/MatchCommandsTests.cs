using System.Text.Json;

namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>`tw tm search`, `tw tm concordance`, `tw analyze`, `tw pretranslate` and `tw translate` on a small real workspace.</summary>
public sealed class MatchCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string workspace;

    public MatchCommandsTests()
    {
        workspace = folder.File("workbench.db");
        var pairs = folder.Write("pairs.tsv", """
            رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟	Rudaw: Has your support for the Syrian Democratic Forces increased?
            وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.	Last week seven people were kidnapped in Diyala.
            """);
        Assert.Equal(0, Tw.Run("tm", "import", pairs, "--workspace", workspace).ExitCode);
    }

    public void Dispose() => folder.Dispose();

    private void ImportDocument(string name, string text) => ImportDocumentInto(workspace, name, text);

    private void ImportDocumentInto(string into, string name, string text) =>
        Assert.Equal(0, Tw.Run("import", folder.Write(name + ".txt", text), "--workspace", into, "--name", name).ExitCode);

    [Fact]
    public void Search_PrintsScoreKindSourceTargetAndDiff()
    {
        var tw = Tw.Run("tm", "search", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("   88%  fuzzy   unit 2", tw.Output);
        Assert.Contains("diff:   وخلال الأسبوع الماضي اختطف [-سبعة-]{+تسعة+} أشخاص في ديالى.", tw.Output);
        Assert.Contains("target: Last week seven people were kidnapped in Diyala.", tw.Output);
    }

    [Fact]
    public void Search_QueriesFileWithJson_GivesOneObjectPerQuery()
    {
        var queries = folder.Write("queries.txt", "رووداو: هل إزداد دعمكم لقوات سوريا الديمقراطية؟\nشيء لا يشبه أي شيء\n");

        var tw = Tw.Run("tm", "search", "--queries", queries, "--json", "--workspace", workspace);

        var lines = tw.OutputLines;
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var match = first.RootElement.GetProperty("matches")[0];
        Assert.Equal(99, match.GetProperty("score").GetInt32());
        Assert.Equal("fuzzy", match.GetProperty("kind").GetString());
        Assert.Equal(1, match.GetProperty("unitId").GetInt64());
        Assert.Equal("letter forms", match.GetProperty("penalties")[0].GetString());
        Assert.Equal("delete", match.GetProperty("diff")[1].GetProperty("op").GetString());
        // as the workspace and TMX write times, not System.Text.Json's "+00:00"
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", match.GetProperty("changedAt").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public void Search_Exhaustive_AndBadArguments()
    {
        var exhaustive = Tw.Run("tm", "search", "اختطف سبعة أشخاص", "--exhaustive", "--min-score", "30", "--workspace", workspace);
        var noText = Tw.Run("tm", "search", "--workspace", workspace);
        var badScore = Tw.Run("tm", "search", "نص", "--min-score", "0", "--workspace", workspace);
        var noMemory = Tw.Run("tm", "search", "نص", "--memory", "nope", "--workspace", workspace);

        Assert.Contains("unit 2", exhaustive.Output);
        Assert.Equal("error: give a sentence to look up, or --queries FILE with one per line.", noText.Error.Trim());
        Assert.Equal("error: --min-score 0: give a score from 1 to 100.", badScore.Error.Trim());
        Assert.StartsWith("error: no memory 'nope'", noMemory.Error);
    }

    [Fact]
    public void NothingFound_NamesTheMemorySearched_AndTheOthers()
    {
        Tw.Run("tm", "import", folder.Write("tico.tsv", "أصابتني الحمى أمس.\tI had a fever yesterday.\n"), "--memory", "tico", "--workspace", workspace);

        var search = Tw.Run("tm", "search", "أصابتني الحمى أمس.", "--workspace", workspace);
        var concordance = Tw.Run("tm", "concordance", "الحمى", "--workspace", workspace);
        var json = Tw.Run("tm", "search", "أصابتني الحمى أمس.", "--memory", "tico", "--json", "--workspace", workspace);

        Assert.Contains("(searched memory 'default'; other memories: tico (--memory NAME searches one))", search.Output);
        Assert.Contains("no unit of memory 'default' holds it; other memories: tico (--memory NAME searches one)", concordance.Output);
        // numbers is there when they agree too, empty
        using var found = JsonDocument.Parse(json.Output);
        Assert.Equal(0, found.RootElement.GetProperty("matches")[0].GetProperty("numbers").GetProperty("onlyInText").GetArrayLength());
    }

    [Fact]
    public void WithoutMemory_TheOnlyMemory_IsTheOneUsed_ButANamedOneIsNeverReplaced()
    {
        var only = folder.File("only.db");
        Tw.Run("tm", "import", folder.Write("tico.tsv", "أصابتني الحمى أمس.\tI had a fever yesterday.\n"), "--memory", "tico", "--workspace", only);
        ImportDocumentInto(only, "fever", "أصابتني الحمى أمس.");

        var search = Tw.Run("tm", "search", "أصابتني الحمى أمس.", "--workspace", only);
        var concordance = Tw.Run("tm", "concordance", "الحمى", "--workspace", only);
        var analysis = Tw.Run("analyze", "fever", "--json", "--workspace", only);
        var named = Tw.Run("tm", "search", "أصابتني الحمى أمس.", "--memory", "default", "--workspace", only);
        // with two memories and none called default, the command cannot guess
        Tw.Run("tm", "import", folder.Write("news.tsv", "وصل الوفد.\tThe delegation arrived.\n"), "--memory", "news", "--workspace", only);
        var two = Tw.Run("tm", "search", "أصابتني الحمى أمس.", "--workspace", only);

        Assert.Equal(0, search.ExitCode);
        Assert.Contains("  100%  exact", search.Output);
        Assert.Contains("I had a fever yesterday.", concordance.Output);
        using var analysed = JsonDocument.Parse(analysis.Output);
        Assert.Equal("tico", analysed.RootElement.GetProperty("memory").GetString());
        Assert.Equal(1, analysed.RootElement.GetProperty("bands")[1].GetProperty("segments").GetInt32());
        Assert.StartsWith("error: no memory 'default'", named.Error);
        Assert.StartsWith("error: no memory 'default'", two.Error);
    }

    [Fact]
    public void Search_NamesTheWordsSpeltOtherwise_InTextAndJson()
    {
        var tw = Tw.Run("tm", "search", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالي.", "--workspace", workspace);
        var json = Tw.Run("tm", "search", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالي.", "--json", "--workspace", workspace);

        Assert.Contains("diff:   وخلال الأسبوع الماضي اختطف [-سبعة-]{+تسعة+} أشخاص في [-ديالى-]{+ديالي+}.", tw.Output);
        Assert.Contains("        spelt otherwise, no cost: letter forms", tw.Output);
        using var found = JsonDocument.Parse(json.Output);
        Assert.Equal("letter forms", found.RootElement.GetProperty("matches")[0].GetProperty("spellingOnly")[0].GetString());
    }

    [Fact]
    public void TmList_NamesEveryMemory_WithItsPairAndUnits()
    {
        Tw.Run("tm", "import", folder.Write("tico.tsv", "أصابتني الحمى أمس.\tI had a fever yesterday.\n"), "--memory", "tico", "--workspace", workspace);

        var list = Tw.Run("tm", "list", "--workspace", workspace);
        var json = Tw.Run("tm", "list", "--json", "--workspace", workspace);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("          2  ar→en    default", list.Output);
        Assert.Contains("          1  ar→en    tico", list.Output);
        using var memories = JsonDocument.Parse(json.Output);
        Assert.Equal([("default", 2L), ("tico", 1L)], memories.RootElement.EnumerateArray().Select(m => (m.GetProperty("name").GetString(), m.GetProperty("units").GetInt64())));
    }

    [Fact]
    public void TmList_KeepsTheNamesInOneColumn_WhenAPairIsLonger()
    {
        Tw.Run("tm", "import", folder.Write("gb.tsv", "أصابتني الحمى أمس.\tI had a fever yesterday.\n"), "--memory", "gb", "--target-lang", "en-GB", "--workspace", workspace);

        var list = Tw.Run("tm", "list", "--workspace", workspace);

        Assert.Contains("          2  ar→en     default", list.Output);
        Assert.Contains("          1  ar→en-GB  gb", list.Output);
    }

    [Fact]
    public void Concordance_MarksTheHit()
    {
        var tw = Tw.Run("tm", "concordance", "ديالي", "--workspace", workspace);

        Assert.Contains("اختطف سبعة أشخاص في [[ديالى]].", tw.Output);
    }

    [Fact]
    public void Concordance_StoppedByMax_SaysThereMayBeMore()
    {
        var tw = Tw.Run("tm", "concordance", "ديالي", "--max", "1", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("(the first 1; there may be more: raise --max to see them)", tw.Output);
    }

    [Fact]
    public void AnalyzeAndPretranslate_OnAnImportedDocument()
    {
        var text = folder.Write("doc.txt", "رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟\nجملة جديدة لا نعرفها.\n");
        Tw.Run("import", text, "--workspace", workspace, "--name", "doc");

        var analyze = Tw.Run("analyze", "doc", "--workspace", workspace, "--json");
        var pretranslate = Tw.Run("pretranslate", "doc", "--workspace", workspace);
        var show = Tw.Run("show", "doc", "--workspace", workspace);
        var docs = Tw.Run("docs", "--workspace", workspace);

        using var json = JsonDocument.Parse(analyze.Output);
        var bands = json.RootElement.GetProperty("bands").EnumerateArray().ToDictionary(b => b.GetProperty("band").GetString()!, b => b.GetProperty("segments").GetInt32());
        Assert.Equal(1, bands["100"]);
        Assert.Equal(1, bands["no match"]);
        Assert.Contains("filled 1 of 2 untranslated segments", pretranslate.Output);
        Assert.Contains("[draft 100%]", show.Output);
        Assert.Contains("→ Rudaw: Has your support for the Syrian Democratic Forces increased?", show.Output);
        // a pre-translated draft is not done until someone confirms it
        Assert.Contains("0/2            0/11                0%  1 (7 words)       doc (ar→en)", docs.Output);
    }

    [Fact]
    public void Translate_AMistypedMatchNumber_IsAskedAgain_NotConfirmedAsTheTranslation()
    {
        ImportDocument("doc", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.\nالمادة ١٤٠\n");

        // segment 1 has one match: 7 is not one of them, then 1 takes it, to correct (it says seven, the text nine);
        // segment 2: =140 confirms the number itself
        var translate = Tw.Typing("7\n1\nLast week nine people were kidnapped in Diyala.\n=140\n", "translate", "doc", "--workspace", workspace);

        Assert.Equal(0, translate.ExitCode);
        Assert.Contains("no match 7: there is 1 match; to confirm 7 as the translation, type =7", translate.Output);
        Assert.Contains("  match 1 (88%), to correct: Last week seven people were kidnapped in Diyala.", translate.Output);
        Assert.Contains("confirmed 2 segment(s); 0 left to translate.", translate.Output);
        var show = Tw.Run("show", "doc", "--workspace", workspace).Output;
        Assert.Contains("→ Last week nine people were kidnapped in Diyala.", show);
        Assert.Contains("[translated 88%]", show);
        Assert.Contains("→ 140", show);
        Assert.DoesNotContain("→ 7", show);
    }

    [Fact]
    public void Translate_AFuzzyMatchCorrectedWordByWord_IsConfirmedAsChanged()
    {
        ImportDocument("doc", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.\n");

        // match 1 says seven where the text says nine: a word not in it is said so, and "eek" is no whole word of it;
        // a substitution without its last / is asked again (it was once confirmed as the translation); then seven →
        // nine, and + confirms
        var translate = Tw.Typing("1\ns/eight/nine/\ns/eek/eeks/\ns/seven/nine\ns/seven/nine/\n+\n", "translate", "doc", "--workspace", workspace);

        Assert.Equal(0, translate.ExitCode);
        Assert.Contains("  there is no \"eight\" in it (the case and spelling must be the same, and a word is found whole)", translate.Output);
        Assert.Contains("  there is no \"eek\" in it", translate.Output);
        Assert.Contains("  s/OLD/NEW/ changes words: it ends with a / (s/seven/nine/), or /g for every one; =TEXT confirms TEXT as it is", translate.Output);
        Assert.Contains("  now: Last week nine people were kidnapped in Diyala.   (+ confirms it; s/OLD/NEW/ changes more; an empty line leaves the segment as it was)", translate.Output);
        Assert.Contains("confirmed 1 segment(s); 0 left to translate.", translate.Output);
        var show = Tw.Run("show", "doc", "--workspace", workspace).Output;
        Assert.Contains("→ Last week nine people were kidnapped in Diyala.", show);
        Assert.Contains("[translated 88%]", show);
    }

    [Fact]
    public void Translate_ADraftChangedWordByWord_IsConfirmedAsChanged_AndNothingToChangeIsSaid()
    {
        ImportDocument("doc", "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى ايضا.\nجملة جديدة لا نعرفها.\n");
        Tw.Run("pretranslate", "doc", "--min-score", "85", "--workspace", workspace);

        // segment 1's draft comes from the memory; segment 2 has none, so a substitution has nothing to change
        var translate = Tw.Typing("s/Last week/Last week, too,/\n+\ns/a/b/\n:q\n", "translate", "doc", "--workspace", workspace);

        Assert.Contains("  now: Last week, too, seven people were kidnapped in Diyala.", translate.Output);
        Assert.Contains("  there is no translation here to change: take a match by its number first, then s/OLD/NEW/", translate.Output);
        Assert.Contains("confirmed 1 segment(s); 1 left to translate.", translate.Output);
        Assert.Contains("→ Last week, too, seven people were kidnapped in Diyala.", Tw.Run("show", "doc", "--workspace", workspace).Output);
    }

    [Fact]
    public void Translate_ABareQOrExit_IsAskedAbout_NotConfirmedAsTheTranslation()
    {
        ImportDocument("doc", "جملة جديدة لا نعرفها.\nوجملة أخرى.\n");

        // q is asked about, =q confirms it for whoever means it, exit is asked about, :q stops
        var translate = Tw.Typing("q\n=q\nexit\n:q\n", "translate", "doc", "--workspace", workspace);

        Assert.Equal(0, translate.ExitCode);
        Assert.Contains("  to stop, type :q; to confirm q as the translation, type =q", translate.Output);
        Assert.Contains("  to stop, type :q; to confirm exit as the translation, type =exit", translate.Output);
        Assert.Contains("confirmed 1 segment(s); 1 left to translate.", translate.Output);
        var show = Tw.Run("show", "doc", "--workspace", workspace).Output;
        Assert.Contains("→ q", show);
        Assert.DoesNotContain("→ exit", show);
    }

    [Fact]
    public void Translate_ALineWithAControlCharacter_IsAskedAgain_NotStored()
    {
        ImportDocument("doc", "جملة جديدة لا نعرفها.\n");

        // Ctrl+U typed to clear the line, then an up arrow: both arrive as control characters
        var translate = Tw.Typing("\u0015A new sentence.\nA new\u001b[A sentence.\nA new sentence we do not know.\n", "translate", "doc", "--workspace", workspace);

        Assert.Equal(0, translate.ExitCode);
        Assert.Contains("  the line has U+0015 at character 1, a control character (Ctrl+U or an arrow key?) that cannot be stored; type it again", translate.Output);
        Assert.Contains("  the line has U+001B at character 6,", translate.Output);
        Assert.Contains("confirmed 1 segment(s); 0 left to translate.", translate.Output);
        Assert.Contains("→ A new sentence we do not know.", Tw.Run("show", "doc", "--workspace", workspace).Output);
    }

    [Fact]
    public void Translate_AnotherTranslationOfAnImportedSentence_IsKeptBesideIt_AndARevisionBackRemovesIt()
    {
        // a one-segment document whose sentence the memory holds, imported (no context, as a TMX's units)
        const string Kidnapped = "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.";
        ImportDocument("doc", Kidnapped + "\n");

        var other = Tw.Typing("Seven people were abducted in Diyala last week.\n", "translate", "doc", "--workspace", workspace);
        var both = Tw.Run("tm", "search", Kidnapped, "--workspace", workspace).Output;
        // revising: the segment's own translation is its translation now, not a match; 1 takes the imported one
        var revise = Tw.Typing("1\n", "translate", "doc", "--segment", "1", "--workspace", workspace);
        var afterRevision = Tw.Run("tm", "search", Kidnapped, "--workspace", workspace).Output;
        var same = Tw.Typing("=Last week seven people were kidnapped in Diyala.\n", "translate", "doc", "--segment", "1", "--workspace", workspace);
        var history = Tw.Run("history", "1", "--json", "--workspace", workspace).Output;

        Assert.Contains("confirmed 1 segment(s)", other.Output);
        Assert.Contains("target: Last week seven people were kidnapped in Diyala.", both);
        Assert.Contains("target: Seven people were abducted in Diyala last week.", both);
        Assert.Contains("  1: Last week seven people were kidnapped in Diyala.", revise.Output);
        Assert.DoesNotContain(": Seven people were abducted in Diyala last week.", revise.Output.Replace("now (translated): Seven", "", StringComparison.Ordinal));
        Assert.Contains("target: Last week seven people were kidnapped in Diyala.", afterRevision);
        Assert.DoesNotContain("abducted", afterRevision);
        Assert.Contains("confirmed 1 segment(s)", same.Output);
        // two revisions: confirming the same text again made none
        using var revisions = JsonDocument.Parse(history);
        Assert.Equal(2, revisions.RootElement.GetProperty("revisions").GetArrayLength());
    }

    [Fact]
    public void Translate_AFuzzyMatchTaken_PlusConfirmsItAsItIs_AnExactOneIsConfirmedAtOnce()
    {
        ImportDocument("doc", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.\nوخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.\n");

        var translate = Tw.Typing("1\n+\n1\n", "translate", "doc", "--workspace", workspace);

        Assert.Equal(0, translate.ExitCode);
        Assert.Contains("confirmed 2 segment(s); 0 left to translate.", translate.Output);
        // only the fuzzy match was put up to correct
        Assert.Single(translate.Output.Split('\n'), line => line.Contains("to correct:"));
        var show = Tw.Run("show", "doc", "--workspace", workspace).Output;
        Assert.Contains("[translated 88%]", show);
        Assert.Contains("[translated 100%]", show);
    }

    [Fact]
    public void Pretranslate_NamesTheDraftsWhoseMatchHadOtherNumbers()
    {
        var pairs = folder.Write("article.tsv", "تنص المادة 140 من الدستور العراقي على إجراء استفتاء في كركوك.\tArticle 140 of the Iraqi constitution provides for a referendum in Kirkuk.\n");
        Assert.Equal(0, Tw.Run("tm", "import", pairs, "--workspace", workspace).ExitCode);
        ImportDocument("article", "تنص المادة ١٤١ من الدستور العراقي على إجراء استفتاء في كركوك.\n");

        var pretranslate = Tw.Run("pretranslate", "article", "--min-score", "85", "--workspace", workspace);

        Assert.Equal(0, pretranslate.ExitCode);
        Assert.Contains("check the numbers of 1 draft(s): their match had other numbers", pretranslate.Output);
        Assert.Contains("(no. 1 in tw show, 91%): the text has 141, the match has 140", pretranslate.Output);
    }

    [Fact]
    public void Translate_ShowsAPretranslatedDraft_AndPlusConfirmsIt()
    {
        ImportDocument("drafted", "وخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.\n");
        Tw.Run("pretranslate", "drafted", "--min-score", "80", "--workspace", workspace);

        var translate = Tw.Typing("+\n", "translate", "drafted", "--workspace", workspace);

        Assert.Contains("  draft (88%): Last week seven people were kidnapped in Diyala.   (+ confirms it)", translate.Output);
        Assert.Contains("confirmed 1 segment(s); 0 left to translate.", translate.Output);
        Assert.Contains("[translated 88%]", Tw.Run("show", "drafted", "--workspace", workspace).Output);
    }

    [Fact]
    public void Translate_OneSegment_RevisesItEvenWhenConfirmed_AndTheMemoryFollows()
    {
        ImportDocument("one", "جملة جديدة لا نعرفها.\n");
        Tw.Typing("A new sentence we do not knwo.\n", "translate", "one", "--workspace", workspace);

        var again = Tw.Typing("", "translate", "one", "--workspace", workspace);
        var revise = Tw.Typing("+\nA new sentence we do not know.\n", "translate", "one", "--segment", "1", "--workspace", workspace);
        var missing = Tw.Run("translate", "one", "--segment", "99", "--workspace", workspace);

        Assert.DoesNotContain("segment 1 (1 of 1 in the document)", again.Output); // done: not visited again unasked
        Assert.Contains("  now (translated): A new sentence we do not knwo.   (an empty line keeps it)", revise.Output);
        Assert.Contains("there is no draft to confirm with +", revise.Output); // not confirmed as the translation "+"
        Assert.Contains("confirmed 1 segment(s)", revise.Output);
        Assert.Contains("r1 → r2", Tw.Run("diff", "1", "--workspace", workspace).Output);
        var search = Tw.Run("tm", "search", "جملة جديدة لا نعرفها.", "--workspace", workspace).Output;
        Assert.Contains("target: A new sentence we do not know.", search);
        Assert.DoesNotContain("knwo", search);
        Assert.Equal("error: --segment 99: document 1 'one' has no segment with id 99 (tw show 1 lists them).", missing.Error.Trim());
        Assert.Equal("", missing.Output); // nothing printed before the error
    }

    [Fact]
    public void Export_ADocumentAsTmx_NamesTheDocument_AndCountsItsPairs()
    {
        ImportDocument("one", "جملة جديدة لا نعرفها.\nوجملة أخرى.\n");
        Tw.Typing("A new sentence we do not know.\n\n", "translate", "one", "--workspace", workspace);
        var tmx = folder.File("one.tmx");

        var export = Tw.Run("export", "one", "--output", tmx, "--workspace", workspace);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"document 1 'one' → {tmx}: 1 segment pair", export.Output.Trim());
        Assert.Equal(0, Tw.Run("tmx", "validate", tmx).ExitCode);
    }

    [Fact]
    public void Export_ToANameThatIsNeitherTextNorTmx_IsRefused_AndWritesNothing()
    {
        ImportDocument("one", "جملة جديدة لا نعرفها.\n");
        var docx = folder.File("one.docx");
        var txt = folder.File("one.en.txt");

        var refused = Tw.Run("export", "one", "--output", docx, "--workspace", workspace);
        var text = Tw.Run("export", "one", "--output", txt, "--workspace", workspace);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"error: --output {docx}: give a .txt file for the translated text or a .tmx file for its segment pairs; tw writes no .docx.", refused.Error.Trim());
        Assert.False(File.Exists(docx));
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("جملة جديدة لا نعرفها.\n", File.ReadAllText(txt));
    }

    [Fact]
    public void Export_OverAFileThere_IsRefused_UnlessForced()
    {
        ImportDocument("one", "جملة جديدة لا نعرفها.\n");
        var txt = folder.Write("one.en.txt", "earlier work");
        var tmx = folder.Write("one.tmx", "earlier pairs");

        var text = Tw.Run("export", "one", "--output", txt, "--workspace", workspace);
        var pairs = Tw.Run("export", "one", "--output", tmx, "--workspace", workspace);
        var forced = Tw.Run("export", "one", "--output", txt, "--workspace", workspace, "--force");

        Assert.Equal((1, $"error: {txt}: exists; give --force to replace it."), (text.ExitCode, text.Error.Trim()));
        Assert.Equal((1, $"error: {tmx}: exists; give --force to replace it."), (pairs.ExitCode, pairs.Error.Trim()));
        Assert.Equal("earlier pairs", File.ReadAllText(tmx));
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("جملة جديدة لا نعرفها.\n", File.ReadAllText(txt));
    }

    [Fact]
    public void Export_OverTheFileTheDocumentCameFrom_IsRefused_EvenWithForce()
    {
        // Given the Arabic file a document was imported from
        ImportDocument("welsh", "جملة جديدة لا نعرفها.\n");
        var original = folder.File("welsh.txt");

        // When its translation is exported over it, --force or not (one slip of tab-completion)
        var text = Tw.Run("export", "welsh", "--output", original, "--workspace", workspace, "--force");

        // Then the Arabic is left as it was
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(
            $"error: {original}: is the text document 1 'welsh' was imported from; tw never writes over a document's original, even with --force: give another name.",
            text.Error.Trim());
        Assert.Equal("جملة جديدة لا نعرفها.\n", File.ReadAllText(original));
    }

    [Fact]
    public void Search_OfATranslation_SaysMatchesAreFoundByTheirSource()
    {
        var tw = Tw.Run("tm", "search", "Last week seven people were kidnapped in Diyala.", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("  (the text has not one Arabic letter, and memory 'default' is ar→en: matches are found by their source; tw tm concordance finds words of the translations)", tw.Output);
    }

    [Fact]
    public void AMemoryOfTheOtherDirection_IsNamedAsSuch_NotSearchedInSilence()
    {
        var reverse = folder.Write("reverse.tsv", "Last week seven people were kidnapped in Diyala.\tوخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.\n");
        Assert.Equal(0, Tw.Run("tm", "import", reverse, "--memory", "reverse", "--source-lang", "en", "--target-lang", "ar", "--workspace", workspace).ExitCode);
        ImportDocument("doc", "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.\n");

        var search = Tw.Run("tm", "search", "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.", "--memory", "reverse", "--workspace", workspace);
        var analyze = Tw.Run("analyze", "doc", "--memory", "reverse", "--workspace", workspace);
        var pretranslate = Tw.Run("pretranslate", "doc", "--memory", "reverse", "--workspace", workspace);

        Assert.Contains("  (the text is in Arabic script, and memory 'reverse' is en→ar: its sources are not Arabic; tw tm list shows each memory's pair)", search.Output);
        Assert.Equal((1, "error: memory 'reverse' is en→ar, not ar→en; name another memory with --memory."), (analyze.ExitCode, analyze.Error.Trim()));
        Assert.Equal((1, "error: memory 'reverse' is en→ar, not ar→en; name another memory with --memory."), (pretranslate.ExitCode, pretranslate.Error.Trim()));
        Assert.Contains("[new]", Tw.Run("show", "doc", "--workspace", workspace).Output);
    }

    [Fact]
    public void Diff_OfASegmentWithOneRevision_SaysSo()
    {
        ImportDocument("one", "جملة جديدة لا نعرفها.\n");
        Tw.Typing("A new sentence we do not know.\n", "translate", "one", "--workspace", workspace);

        var diff = Tw.Run("diff", "1", "--workspace", workspace);

        Assert.Equal(1, diff.ExitCode);
        Assert.Equal("error: segment 1 has one revision so far (r1), nothing to compare it with; `tw history 1` shows it.", diff.Error.Trim());
    }

    [Fact]
    public void Concordance_OfNothing_IsAnError_NotACrash()
    {
        var tw = Tw.Run("tm", "concordance", "  ", "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Contains("error:", tw.Error);
    }
}

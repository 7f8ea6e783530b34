using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class TmxImportTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public TmxImportTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "tester");

    public void Dispose() => folder.Dispose();

    private static string Kit(string name) => TestData.Path("tmx", "lisa-compliance-kit", name);

    private List<MemoryUnit> Units(string memory) => workspace.Memories.Units(workspace.Memories.Get(memory)).ToList();

    [Fact]
    public void Run_Tico19EnglishSourceFile_ImportsEveryUnitAsArabicToEnglish()
    {
        var report = TmxImport.Run(workspace, TestData.Path("tmx", "tico19.all.en-ar.tmx"), "tico", "ar", "en");

        var units = Units("tico");
        Assert.Equal(3071, report.Read);
        Assert.Empty(report.Skipped);
        Assert.Equal(3071, report.Imported + report.Merged);
        Assert.Equal(1, report.Merged); // the file holds one pair twice
        Assert.Equal(report.Imported, units.Count);
        Assert.Equal("منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟", units[0].Source);
        Assert.Equal("about how long have these symptoms been going on?", units[0].Target);
        Assert.All(units, unit => Assert.Contains(unit.Source, c => c is >= '\u0600' and <= '\u06FF'));
        Assert.All(units, unit => Assert.Equal(UnitOrigin.Import, unit.Origin));
    }

    [Fact]
    public void Run_ALanguageTheFileDoesNotHave_IsAnError_AndLeavesNoEmptyMemory()
    {
        var error = Assert.Throws<InvalidInputException>(() => TmxImport.Run(workspace, TestData.Path("tmx", "tico19.all.en-ar.tmx"), "tico", "ara", "en"));

        Assert.Contains("none of its 3,071 units has texts in both 'ara' and 'en' (the file's languages: ar, en); nothing imported. First: line 3, no <tuv> for 'ara'", error.Message);
        Assert.Null(workspace.Memories.Find("tico"));
    }

    [Fact]
    public void Run_MultilingualFile_TakesTheRequestedPairInAnyOrder()
    {
        var report = TmxImport.Run(workspace, Kit("ImportTest1C.tmx"), "ja-fr", "ja-jp", "fr-ca");

        Assert.Equal(3, report.Imported);
        Assert.Equal(["First entry in French Canadian", "Second entry in French Canadian", "Third entry in French Canadian"],
            Units("ja-fr").Select(unit => unit.Target));
        Assert.Equal("First entry in Japanese", Units("ja-fr")[0].Source);
    }

    [Fact]
    public void Run_RegionsAreKeptApart_AndUnitsWithoutThePairAreSkippedWithTheirLine()
    {
        // ImportTest1J_many says: for en-us → en-gb only the first and second entries are imported
        var report = TmxImport.Run(workspace, Kit("ImportTest1J_many.tmx"), "us-gb", "en-us", "en-gb");

        Assert.Equal(2, report.Imported);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(17, skipped.Line);
        Assert.Equal("no <tuv> for 'en-gb' (found: es-es, en-us)", skipped.Reason);
        Assert.Equal(["First entry in UK English", "Second entry in UK English"], Units("us-gb").Select(unit => unit.Target));
    }

    [Fact]
    public void Run_RegionFallback_ArSaServesAr_AndLanguageCaseDoesNotMatter()
    {
        var path = folder.Write("regions.tmx", TmxReaderTests.Tmx("""
            <tu><tuv xml:lang="EN-US"><seg>Hello</seg></tuv><tuv xml:lang="ar-SA"><seg>مرحبا</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="AR"><seg>سلام</seg></tuv></tu>
            """));

        var report = TmxImport.Run(workspace, path, "default", "ar", "en");

        Assert.Equal(2, report.Imported);
        Assert.Equal(["مرحبا", "سلام"], Units("default").Select(unit => unit.Source));
    }

    [Fact]
    public void Run_EmptySides_AreSkippedAndCounted()
    {
        var path = folder.Write("empty.tmx", TmxReaderTests.Tmx("""
            <tu><tuv xml:lang="en"><seg>Kept</seg></tuv><tuv xml:lang="ar"><seg>باق</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>  </seg></tuv><tuv xml:lang="ar"><seg>نص</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Text</seg></tuv><tuv xml:lang="ar"><seg/></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Alone</seg></tuv></tu>
            """));

        var report = TmxImport.Run(workspace, path, "default", "ar", "en");

        Assert.Equal(4, report.Read);
        Assert.Equal(1, report.Imported);
        Assert.Equal(["the en text is empty", "the ar text is empty", "no <tuv> for 'ar' (found: en)"], report.Skipped.Select(s => s.Reason));
        Assert.Equal([5, 6, 7], report.Skipped.Select(s => s.Line));
    }

    [Fact]
    public void Run_SameFileTwice_MergesInsteadOfDuplicating()
    {
        var path = folder.Write("usage.tmx", TmxReaderTests.Tmx("""
            <tu usagecount="3" lastusagedate="20200207T100000Z" creationdate="20190101T000000Z"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu>
            """));
        var later = folder.Write("later.tmx", TmxReaderTests.Tmx("""
            <tu usagecount="7" lastusagedate="20210101T100000Z" creationdate="20200101T000000Z" changedate="20210101T000000Z" changeid="sara"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu>
            """));
        TmxImport.Run(workspace, path, "default", "ar", "en");

        var again = TmxImport.Run(workspace, path, "default", "ar", "en");
        var merged = TmxImport.Run(workspace, later, "default", "ar", "en");

        Assert.Equal((0, 1), (again.Imported, again.Merged));
        Assert.Equal((0, 1), (merged.Imported, merged.Merged));
        var unit = Assert.Single(Units("default"));
        Assert.Equal(7, unit.UsageCount);
        Assert.Equal(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), unit.CreatedAt);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), unit.ChangedAt);
        Assert.Equal("sara", unit.ChangedBy);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 10, 0, 0, TimeSpan.Zero), unit.LastUsedAt);
    }

    [Fact]
    public void Run_FileThatBreaksHalfWay_ImportsNothing()
    {
        // Given the TICO-19 file cut in half: thousands of good units, then broken XML
        var whole = File.ReadAllText(TestData.Path("tmx", "tico19.all.en-ar.tmx"));
        var path = folder.Write("half.tmx", whole[..(whole.Length / 2)]);

        var error = Assert.Throws<InvalidInputException>(() => TmxImport.Run(workspace, path, "default", "ar", "en"));

        Assert.StartsWith(path + "(", error.Message);
        Assert.Matches(@"\(1,\d{3} units read before it; none imported\.\)$", error.Message);
        Assert.Empty(workspace.Memories.List()); // not even the memory it would have created
    }

    [Fact]
    public void Run_MemoryOfAnotherPair_IsRefused()
    {
        TmxImport.Run(workspace, Kit("ImportTest1J.tmx"), "mixed", "en-us", "en-gb");

        var error = Assert.Throws<InvalidInputException>(() => TmxImport.Run(workspace, Kit("ImportTest1J.tmx"), "mixed", "ar", "en"));

        Assert.Equal("memory 'mixed' is en-us→en-gb, not ar→en; name another memory with --memory.", error.Message);
    }

    [Fact]
    public void Run_OmegaTContextProps_BecomeTheUnitsContext()
    {
        var path = folder.Write("omegat.tmx", TmxReaderTests.Tmx("""
            <tu><prop type="prev">الجملة السابقة.</prop><prop type="next">الجملة التالية.</prop><tuv xml:lang="ar"><seg>الجملة.</seg></tuv><tuv xml:lang="en"><seg>The sentence.</seg></tuv></tu>
            """));

        TmxImport.Run(workspace, path, "default", "ar", "en");

        var unit = Assert.Single(Units("default"));
        Assert.Equal(UnitContext.Between("الجملة السابقة.", "الجملة التالية."), unit.Context);
    }

    [Fact]
    public void TsvImport_ReadsPairs_AndReportsLinesItCannotUse()
    {
        var path = folder.Write("pairs.tsv", "مرحبا\tHello\t0.93\n\nبلا ترجمة\n\tNo source\nسلام\tPeace\n");

        var report = TsvImport.Run(workspace, path, "default", "ar", "en");

        Assert.Equal((4, 2), (report.Read, report.Imported));
        Assert.Equal(["line 3: no TAB between source and target", "line 4: the source is empty"], report.Skipped.Select(s => s.ToString()));
        Assert.Equal(["Hello", "Peace"], Units("default").Select(unit => unit.Target));
        Assert.Empty(report.Warnings); // 0.93 is the aligner's confidence
    }

    [Fact]
    public void TsvImport_SkipsAHeaderRow_AndSwappedLines()
    {
        var path = folder.Write("pairs.tsv", "source\ttarget\nمرحبا\tHello\nWelcome to Erbil\tمرحبا بكم في أربيل\n");

        var report = TsvImport.Run(workspace, path, "default", "ar", "en");

        Assert.Equal(1, report.Imported);
        Assert.Equal(
            ["line 1: a header row", "line 3: the columns look swapped (en first): the source has no Arabic letter and the target has"],
            report.Skipped.Select(s => s.ToString()));
    }

    [Fact]
    public void TsvImport_ALineWhoseArabicSideHasNoArabicLetter_IsSkipped()
    {
        // the English file given as both columns, a page's font buttons, a bare number: no Arabic sentence matches them
        var path = folder.Write("pairs.tsv", "a\tb\nمرحبا\tHello\nA+ A-\tA+ A-\n2020\t2020\n");
        var toArabic = folder.Write("en-ar.tsv", "Hello\tمرحبا\nPeace\tPeace\n");

        var report = TsvImport.Run(workspace, path, "default", "ar", "en");
        var reverse = TsvImport.Run(workspace, toArabic, "reverse", "en", "ar");

        Assert.Equal(1, report.Imported);
        Assert.Equal(
            ["line 1: the source has no Arabic letter", "line 3: the source has no Arabic letter", "line 4: the source has no Arabic letter"],
            report.Skipped.Select(s => s.ToString()));
        Assert.Equal(["line 2: the target has no Arabic letter"], reverse.Skipped.Select(s => s.ToString()));
    }

    [Fact]
    public void Import_IntoAMemoryNotThereYet_SaysItMadeIt_AndNamesTheOthers()
    {
        var pairs = folder.Write("pairs.tsv", "مرحبا\tHello\n");
        var tmx = folder.Write("pairs.tmx", """
            <tmx version="1.4"><header srclang="ar"/><body>
            <tu><tuv xml:lang="ar"><seg>سلام</seg></tuv><tuv xml:lang="en"><seg>Peace</seg></tuv></tu>
            </body></tmx>
            """);

        var first = TsvImport.Run(workspace, pairs, "default", "ar", "en");
        var again = TsvImport.Run(workspace, pairs, "default", "ar", "en");
        var mistyped = TmxImport.Run(workspace, tmx, "defualt", "ar", "en");

        Assert.NotNull(first.NewMemory);
        Assert.Equal(("ar", "en"), (first.NewMemory.SourceLanguage, first.NewMemory.TargetLanguage));
        Assert.Empty(first.NewMemory.OtherMemories);
        Assert.Null(again.NewMemory);
        Assert.Equal(("ar", "en"), (mistyped.NewMemory!.SourceLanguage, mistyped.NewMemory.TargetLanguage));
        Assert.Equal(["default"], mistyped.NewMemory.OtherMemories);
    }

    [Theory]
    [InlineData("en\tar\nWelcome to Erbil\tمرحبا بكم في أربيل\nHello\tمرحبا\n", ": none of its 3 lines could be imported; nothing imported. First: line 2, the columns look swapped (en first): the source has no Arabic letter and the target has. To import it, put the ar column first (awk -F'\\t' -v OFS='\\t' '{print $2, $1}' FILE).")]
    [InlineData("مرحبا\tHello\nسلام\tPeace\u0015 be\n", "(2,11): U+0015, a control character, cannot be stored (TMX cannot carry it).")]
    public void TsvImport_AFileItCannotUse_IsAnError_AndMakesNoMemory(string text, string message)
    {
        var path = folder.Write("pairs.tsv", text);

        var error = Assert.Throws<InvalidInputException>(() => TsvImport.Run(workspace, path, "refused", "ar", "en"));

        Assert.Equal(path + message, error.Message);
        Assert.DoesNotContain(workspace.Memories.List(), memory => memory.Name == "refused");
    }

    [Fact]
    public void TsvImport_AnEmptyFile_IsAnError_AndATrailingTabIsNoColumn()
    {
        var empty = folder.Write("empty.tsv", "\n\n");
        var trailing = folder.Write("trailing.tsv", "مرحبا\tHello\t\n");

        var error = Assert.Throws<InvalidInputException>(() => TsvImport.Run(workspace, empty, "empty", "ar", "en"));
        var report = TsvImport.Run(workspace, trailing, "default", "ar", "en");

        Assert.StartsWith($"{empty}: contains no text", error.Message);
        Assert.DoesNotContain(workspace.Memories.List(), memory => memory.Name == "empty");
        Assert.Equal(1, report.Imported);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void TsvImport_TextPastTheTarget_IsAWarningForItsLine()
    {
        var path = folder.Write("pairs.tsv", "مرحبا\tHello\tthere\nسلام\tPeace\t0.5\t1\n");

        var report = TsvImport.Run(workspace, path, "default", "ar", "en");

        Assert.Equal(2, report.Imported);
        Assert.Equal([$"{path}(1): 3 columns; only the first two, source and target, were imported.", $"{path}(2): 4 columns; only the first two, source and target, were imported."], report.Warnings);
    }
}

using Microsoft.Extensions.Time.Testing;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class TmxExportTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.Zero));
    private readonly WorkspaceFile workspace;
    private readonly TranslationMemory memory;

    public TmxExportTests()
    {
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), clock, "layla");
        memory = workspace.Memories.Open("interview", "ar", "en");
    }

    public void Dispose() => folder.Dispose();

    private void Add(params MemoryUnit[] units)
    {
        using var batch = workspace.Memories.BeginBatch(memory);
        foreach (var unit in units) batch.Add(unit);
        batch.Commit();
    }

    [Fact]
    public void Run_WritesTmx14bAsGolden()
    {
        Add(
            new MemoryUnit
            {
                Source = "رووداو: هل استأنف التحالف الدولي مهامه المشتركة مع الجيش العراقي لمكافحة داعش؟",
                Target = "Rudaw: Has the global coalition resumed its joint missions with the Iraqi army to fight ISIS?",
                Origin = UnitOrigin.Alignment,
                Document = "caggins-interview",
                Context = new UnitContext(-42, 7),
                UsageCount = 2,
                LastUsedAt = new DateTimeOffset(2020, 2, 8, 10, 0, 0, TimeSpan.Zero),
            },
            new MemoryUnit
            {
                Source = "قال <b> & \"اقتباس\"",
                Target = "He said <b> & \"a quote\"",
                Origin = UnitOrigin.Translation,
                CreatedBy = "sara",
                Properties = [new UnitProperty("x-client", "Rudaw"), new UnitProperty(null, "checked by the editor", PropertyScope.Target, "en")],
            },
            new MemoryUnit
            {
                Source = "النص مع رمز",
                Target = "Text with a code",
                SourceMarkup = "النص مع <ph x=\"1\">&lt;br/&gt;</ph>رمز",
                TargetMarkup = "Text with <ph x=\"1\">&lt;br/&gt;</ph>a code",
            });

        TmxExport.Run(workspace, memory, folder.File("interview.tmx"));

        var written = File.ReadAllText(folder.File("interview.tmx"));
        Golden.Matches(written, "tmx/expected/interview.expected.tmx");
        Assert.Empty(TmxValidator.Validate(folder.File("interview.tmx")));
    }

    [Fact]
    public void Run_TextXmlCannotCarry_IsLeftOutAndReported()
    {
        Add(new MemoryUnit { Source = "جيد", Target = "Good" }, new MemoryUnit { Source = "سيء\u0001", Target = "Bad" });

        var report = TmxExport.Run(workspace, memory, folder.File("out.tmx"));

        Assert.Equal(1, report.Written);
        Assert.Equal("unit 2: the source has U+0001 at character 4, which XML 1.0 cannot carry; left out", Assert.Single(report.LeftOut));
        Assert.Empty(TmxValidator.Validate(folder.File("out.tmx")));
    }

    [Fact]
    public void Run_DocumentAndSinceFilters_ChooseUnits()
    {
        Add(new MemoryUnit { Source = "أ", Target = "A", Document = "one", ChangedAt = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Add(new MemoryUnit { Source = "ب", Target = "B", Document = "two", ChangedAt = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        var byDocument = TmxExport.Run(workspace, memory, folder.File("one.tmx"), new UnitFilter(Document: "one"));
        var bySince = TmxExport.Run(workspace, memory, folder.File("since.tmx"), new UnitFilter(ChangedSince: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal((1, 1), (byDocument.Written, bySince.Written));
        using var reader = TmxReader.Open(folder.File("since.tmx"));
        Assert.Equal("B", reader.Units().Single().Variants[1].Text);
    }

    [Fact]
    public void Run_ADocumentNoUnitCameFrom_IsAnError_AndKeepsTheFileThere()
    {
        Add(new MemoryUnit { Source = "أ", Target = "A", Document = "one" });
        File.WriteAllText(folder.File("out.tmx"), "earlier work");

        // even with --force, which would replace it
        var error = Assert.Throws<InvalidInputException>(() => TmxExport.Run(workspace, memory, folder.File("out.tmx"), new UnitFilter(Document: "oen"), replace: true));

        Assert.Equal($"no unit of memory 'interview' came from a document named 'oen'; {folder.File("out.tmx")} not written.", error.Message);
        Assert.Equal("earlier work", File.ReadAllText(folder.File("out.tmx")));
        Assert.False(File.Exists(folder.File("out.tmx.partial")));
    }

    [Fact]
    public void Run_OverAFileThere_IsRefused_UnlessToldToReplaceIt()
    {
        Add(new MemoryUnit { Source = "أ", Target = "A" });
        var path = folder.Write("out.tmx", "earlier work");

        var error = Assert.Throws<InvalidInputException>(() => TmxExport.Run(workspace, memory, path));
        var earlier = File.ReadAllText(path);
        var report = TmxExport.Run(workspace, memory, path, replace: true);

        Assert.Equal($"{path}: exists; give --force to replace it.", error.Message);
        Assert.Equal("earlier work", earlier);
        Assert.Equal(1, report.Written);
        Assert.StartsWith("<?xml", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IntoAFolderThatIsNotThere_NamesTheFolder()
    {
        var error = Assert.Throws<InvalidInputException>(() => TmxExport.Run(workspace, memory, folder.File(Path.Combine("missing", "out.tmx"))));

        Assert.Contains($"there is no folder {folder.File("missing")}", error.Message);
    }

    [Fact]
    public void Run_IntoAFolder_IsAnErrorAndLeavesNothing()
    {
        var error = Assert.Throws<InvalidInputException>(() => TmxExport.Run(workspace, memory, folder.Path));

        Assert.Equal($"{folder.Path}: is a folder; give a file name for the TMX.", error.Message);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
    }
}

using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Tmx;

/// <summary>Import → export → import is the identity on text, inline codes, languages, dates and props.</summary>
public sealed class TmxRoundTripTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public TmxRoundTripTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "tester");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("ExportTest1A.tmx", "en-us", "fr-ca")]
    [InlineData("ExportTest1B.tmx", "en-us", "fr-ca")]
    [InlineData("ExportTest1C.tmx", "en-us", "fr-ca")]
    [InlineData("ExportTest1D.tmx", "en-us", "fr-ca")]
    [InlineData("ExportTest1E.tmx", "en-us", "fr-ca")]
    [InlineData("ExportTest2A.tmx", "en-us", "fr-ca")]
    [InlineData("ImportTest1L.tmx", "en-us", "fr")]
    [InlineData("ImportTest2A.tmx", "en-us", "fr-ca")]
    [InlineData("ImportTest2B.tmx", "en-us", "fr-ca")]
    [InlineData("ImportTest2C.tmx", "en-us", "fr")]
    public void ImportExportImport_KeepsEverything(string file, string source, string target)
    {
        var original = TestData.Path("tmx", "lisa-compliance-kit", file);
        TmxImport.Run(workspace, original, "first", source, target);
        var exported = folder.File("exported.tmx");

        TmxExport.Run(workspace, workspace.Memories.Get("first"), exported);
        TmxImport.Run(workspace, exported, "second", source, target);

        Assert.Empty(TmxValidator.Validate(exported));
        var first = workspace.Memories.Units(workspace.Memories.Get("first")).ToList();
        var second = workspace.Memories.Units(workspace.Memories.Get("second")).ToList();
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first.Select(Comparable), second.Select(Comparable));
        Assert.Equal(TextsOf(original, source, target), second.Select(unit => (unit.Source, unit.Target)));
    }

    [Fact]
    public void Export_ThenReadWithTheReader_GivesSourceFirstAndTheMemoryLanguages()
    {
        TmxImport.Run(workspace, TestData.Path("tmx", "tico19.all.en-ar.tmx"), "tico", "ar", "en");
        var exported = folder.File("tico.tmx");

        TmxExport.Run(workspace, workspace.Memories.Get("tico"), exported);

        using var reader = TmxReader.Open(exported);
        Assert.Equal("ar", reader.Header.SourceLanguage);
        Assert.All(reader.Units(), unit => Assert.Equal(["ar", "en"], unit.Variants.Select(v => v.Language)));
    }

    [Fact]
    public void Export_GivesAnImportedUnitTheFilesTuid_AndAUnitMadeHereItsId()
    {
        var original = TestData.Path("tmx", "tico19.all.en-ar.tmx");
        TmxImport.Run(workspace, original, "tico", "ar", "en");
        using (var batch = workspace.Memories.BeginBatch("tico", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "وصل الوفد.", Target = "The delegation arrived.", Origin = UnitOrigin.Translation });
            batch.Commit();
        }
        var exported = folder.File("tico.tmx");

        TmxExport.Run(workspace, workspace.Memories.Get("tico"), exported);

        using var originalReader = TmxReader.Open(original);
        using var exportedReader = TmxReader.Open(exported);
        var tuids = exportedReader.Units().Select(unit => unit.TuId).ToList();
        var imported = tuids.SkipLast(1).ToHashSet();
        // in the file's order; a unit that repeats an earlier one's pair was merged into it, which keeps its own tuid
        Assert.Equal(originalReader.Units().Select(unit => unit.TuId).Where(imported.Contains), tuids.SkipLast(1));
        Assert.Equal(workspace.Memories.Count(workspace.Memories.Get("tico")) - 1, imported.Count);
        Assert.Equal("CMU_1:1", tuids[0]);
        Assert.Equal(workspace.Memories.Units(workspace.Memories.Get("tico")).Last().Id.ToString(System.Globalization.CultureInfo.InvariantCulture), tuids[^1]);
    }

    // the tuid as it goes out: the file's, or the unit's id
    private static string Comparable(MemoryUnit unit) => string.Join(" | ",
        unit.TuId ?? unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.Source, unit.Target, unit.SourceMarkup, unit.TargetMarkup, unit.Origin, unit.Context, unit.Document,
        unit.CreatedAt, unit.CreatedBy, unit.ChangedAt, unit.ChangedBy, unit.UsageCount, unit.LastUsedAt,
        string.Join(";", unit.Properties));

    // The pairs as the original file has them, read by our reader: the first variant serving each language.
    private static IEnumerable<(string, string)> TextsOf(string path, string source, string target)
    {
        using var reader = TmxReader.Open(path);
        foreach (var unit in reader.Units())
        {
            var s = unit.Variants.FirstOrDefault(v => string.Equals(v.Language, source, StringComparison.OrdinalIgnoreCase));
            var t = unit.Variants.FirstOrDefault(v => string.Equals(v.Language, target, StringComparison.OrdinalIgnoreCase));
            if (s is not null && t is not null && !string.IsNullOrWhiteSpace(s.Text) && !string.IsNullOrWhiteSpace(t.Text)) yield return (s.Text, t.Text);
        }
    }
}

namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>`tw tm edit` and `tw tm delete` on a real workspace.</summary>
public sealed class TmEditAndDeleteTests : IDisposable
{
    private const string Question = "رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟";
    private const string Kidnapped = "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.";

    private readonly TempFolder folder = new();
    private readonly string workspace;

    public TmEditAndDeleteTests()
    {
        workspace = folder.File("workbench.db");
        var pairs = folder.Write("pairs.tsv", $"{Question}\tRudaw: Has your suport for the SDF increased?\n{Kidnapped}\tRudaw\n");
        Assert.Equal(0, Tw.Run("tm", "import", pairs, "--workspace", workspace).ExitCode);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Edit_ChangesTheTranslation_AndSearchShowsIt()
    {
        var edit = Tw.Run("tm", "edit", "1", "--target", "Rudaw: Has your support for the SDF increased?", "--workspace", workspace);

        Assert.Equal(0, edit.ExitCode);
        Assert.Equal($"unit 1: {Question} → Rudaw: Has your support for the SDF increased?", edit.Output.Trim());
        Assert.Contains("target: Rudaw: Has your support for the SDF increased?", Tw.Run("tm", "search", Question, "--workspace", workspace).Output);
    }

    [Fact]
    public void Drop_AMemoryWithUnits_WantsYes_ThenDeletesItWithThem()
    {
        var refused = Tw.Run("tm", "drop", "default", "--workspace", workspace);
        var dropped = Tw.Run("tm", "drop", "default", "--yes", "--workspace", workspace);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("error: memory 'default' holds 2 units; give --yes to delete it with all of them (tw tm export keeps a copy first); nothing changed.", refused.Error.Trim());
        Assert.Equal(0, dropped.ExitCode);
        Assert.Equal("deleted memory 'default' (ar→en) and its 2 units", dropped.Output.Trim());
        Assert.Contains("no memories in", Tw.Run("tm", "list", "--workspace", workspace).Output);
    }

    [Fact]
    public void Drop_AnEmptyMemory_NeedsNoYes()
    {
        Tw.Run("tm", "delete", "1", "2", "--workspace", workspace);

        var dropped = Tw.Run("tm", "drop", "default", "--workspace", workspace);

        Assert.Equal((0, "deleted memory 'default' (ar→en) and its 0 units"), (dropped.ExitCode, dropped.Output.Trim()));
    }

    [Fact]
    public void Delete_RemovesTheUnit_FromSearchAndConcordance()
    {
        var delete = Tw.Run("tm", "delete", "2", "--workspace", workspace);

        Assert.Equal(0, delete.ExitCode);
        Assert.Equal($"deleted unit 2: {Kidnapped} → Rudaw", delete.Output.Trim());
        Assert.Contains("no unit of memory 'default' holds it", Tw.Run("tm", "concordance", "ديالى", "--workspace", workspace).Output);
        Assert.DoesNotContain("unit 2", Tw.Run("tm", "search", Kidnapped, "--workspace", workspace).Output);
    }

    [Fact]
    public void Delete_WithOneUnknownId_DeletesNothing()
    {
        var delete = Tw.Run("tm", "delete", "1", "99", "--workspace", workspace);

        Assert.Equal(1, delete.ExitCode);
        Assert.Equal("error: no unit 99 in the memories; nothing changed (tw tm search or tw tm concordance gives ids).", delete.Error.Trim());
        Assert.Contains("unit 1", Tw.Run("tm", "concordance", "رووداو", "--workspace", workspace).Output);
    }

    [Fact]
    public void Edit_SourceAndTargetMixedUp_IsAnError_AndChangesNothing()
    {
        var english = Tw.Run("tm", "edit", "1", "--source", "The delegation left Erbil.", "--workspace", workspace);
        var arabic = Tw.Run("tm", "edit", "1", "--target", "غادر الوفد أربيل.", "--workspace", workspace);

        Assert.Equal("error: --source \"The delegation left Erbil.\" has not one Arabic letter, and memory 'default' is ar→en: is it the translation (--target)?", english.Error.Trim());
        Assert.Equal("error: --target \"غادر الوفد أربيل.\" is in Arabic script, and memory 'default' is ar→en: is it the source (--source)?", arabic.Error.Trim());
        Assert.Contains("target: Rudaw: Has your suport for the SDF increased?", Tw.Run("tm", "search", Question, "--workspace", workspace).Output);
    }

    [Fact]
    public void Edit_ToNothing_IsAnError()
    {
        var neither = Tw.Run("tm", "edit", "1", "--workspace", workspace);
        var empty = Tw.Run("tm", "edit", "1", "--target", " ", "--workspace", workspace);

        Assert.Equal("error: give --source TEXT, --target TEXT or both.", neither.Error.Trim());
        Assert.StartsWith("error: a unit's source and translation cannot be empty", empty.Error);
    }
}

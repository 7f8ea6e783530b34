using TranslationWorkbench.Core.Diff;

namespace TranslationWorkbench.Core.Tests.Diff;

public sealed class WordDiffTests
{
    [Fact]
    public void Between_ChangedWordAndArabicPunctuation_AreTheirOwnPieces()
    {
        var diff = WordDiff.Between("اختطف سبعة أشخاص في ديالى، وهذه", "اختطف تسعة أشخاص في ديالى؛ وهذه");

        Assert.Equal(
        [
            new DiffOperation(DiffKind.Equal, "اختطف "),
            new DiffOperation(DiffKind.Delete, "سبعة"),
            new DiffOperation(DiffKind.Insert, "تسعة"),
            new DiffOperation(DiffKind.Equal, " أشخاص في ديالى"),
            new DiffOperation(DiffKind.Delete, "،"),
            new DiffOperation(DiffKind.Insert, "؛"),
            new DiffOperation(DiffKind.Equal, " وهذه"),
        ], diff);
    }

    [Fact]
    public void Between_ARewordedPhrase_IsOneChange_NotChangesInterleavedWithWhatTheWordingsShare()
    {
        var diff = WordDiff.Between("ISIS is active in a number of areas in Iraq.", "ISIS is active in several areas of Iraq.");

        Assert.Equal(
        [
            new DiffOperation(DiffKind.Equal, "ISIS is active in "),
            new DiffOperation(DiffKind.Delete, "a number of areas in"),
            new DiffOperation(DiffKind.Insert, "several areas of"),
            new DiffOperation(DiffKind.Equal, " Iraq."),
        ], diff);
    }

    [Fact]
    public void Between_TwoChangesApart_StayTwo()
    {
        var diff = WordDiff.Between("the big red car", "the small red bus");

        Assert.Equal(2, diff.Count(operation => operation.Kind == DiffKind.Delete));
        Assert.Contains(new DiffOperation(DiffKind.Equal, " red "), diff);
    }

    [Theory]
    [InlineData("ISIS is active in a number of areas in Iraq.", "ISIS is active in several areas of Iraq.")]
    [InlineData("a b c d e f", "x b y d z f")]
    [InlineData("The coalition is committed.", "The global coalition is committed to Iraq.")]
    [InlineData("", "نص جديد")]
    [InlineData("نص قديم", "")]
    [InlineData("رووداو: هل استأنف التحالف؟", "رووداو: هل استأنف التحالف الدولي مهامه؟")]
    public void Apply_GivesBackBothTexts(string oldText, string newText)
    {
        var diff = WordDiff.Between(oldText, newText);

        Assert.Equal(oldText, WordDiff.Apply(diff, forNew: false));
        Assert.Equal(newText, WordDiff.Apply(diff, forNew: true));
    }
}

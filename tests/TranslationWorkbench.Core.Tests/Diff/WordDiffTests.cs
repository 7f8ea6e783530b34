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

    [Theory]
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

using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class AlignmentCommitTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public AlignmentCommitTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "tester");

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Run_SkipsEmptySides_ArabicSidesWithNoArabicLetter_AndPairsBelowTheThreshold()
    {
        AlignedPair[] pairs =
        [
            new("رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟", "Rudaw: Has your support for the Syrian Democratic Forces increased?", 0.97),
            new("A+ A-", "Rudaw", 0.58), // a web page's font buttons, paired with the byline
            new("الكلمات الدالة", "", 0.58),
            new("وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.", "Last week seven people were kidnapped in Diyala.", 0.3),
            new("٠٧-٠٢-٢٠٢٠", "7 February 2020", 0.9), // Arabic-Indic digits are no letters
        ];

        var report = AlignmentCommit.Run(workspace.Memories, "default", "ar", "en", pairs, "interview", minConfidence: 0.5);

        Assert.Equal(1, report.Stored);
        Assert.Equal(
            [(1, "no Arabic letter on the Arabic side"), (2, "no English side"), (3, "confidence 0.30 below 0.50"), (4, "no Arabic letter on the Arabic side")],
            report.Skipped.Select(skipped => (skipped.Index, skipped.Reason)));
    }

    [Fact]
    public void Run_APairWithAControlCharacter_StoresNothing()
    {
        // the web workbench's review sends pairs back as text: one with U+0015 typed into it
        AlignedPair[] pairs =
        [
            new("رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟", "Rudaw: Has your support for the Syrian Democratic Forces increased?", 0.97),
            new("وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.", "Last week seven people\u0015 were kidnapped in Diyala.", 0.97),
        ];

        var error = Assert.Throws<InvalidInputException>(() => AlignmentCommit.Run(workspace.Memories, "default", "ar", "en", pairs, "interview"));

        Assert.StartsWith("pair 2's English side has U+0015 at character 23, a control character", error.Message);
        Assert.Null(workspace.Memories.Find("default"));
    }

    [Theory]
    [InlineData("Rudaw: Has your support increased?", "رووداو: هل ازداد دعمكم؟", "a.txt: has not one Arabic letter; the Arabic text comes first, its translation second: are the two swapped?")]
    [InlineData("رووداو: هل ازداد دعمكم؟", "رووداو: هل ازداد دعمكم لقوات سوريا؟", "b.txt: is written in Arabic script, not in 'en'; the translation comes second: is it the Arabic text again?")]
    [InlineData("رووداو: هل ازداد\u0015 دعمكم؟", "Rudaw: Has your support increased?", "a.txt(1,17): U+0015, a control character, cannot be stored (TMX cannot carry it).")]
    [InlineData("رووداو: هل ازداد دعمكم؟", "Rudaw:\nHas your\u0007 support increased?", "b.txt(2,9): U+0007, a control character, cannot be stored (TMX cannot carry it).")]
    public void Texts_TheWrongFileOnEitherSide_IsAnError(string source, string target, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => AlignmentTexts.Check(source, "a.txt", "ar", target, "b.txt", "en"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Texts_AnEnglishTranslationQuotingArabicNames_IsFine()
    {
        AlignmentTexts.Check("قال كاكينز إن التحالف مستمر.", "a.txt", "ar", "Caggins said the coalition (التحالف) goes on.", "b.txt", "en");
    }
}

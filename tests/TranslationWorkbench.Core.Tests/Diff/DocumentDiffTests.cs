using TranslationWorkbench.Core.Diff;

namespace TranslationWorkbench.Core.Tests.Diff;

public sealed class DocumentDiffTests
{
    [Fact]
    public void Compare_SeedAndRevisedInterview_FindsTheEditedRemovedAndAddedSentences()
    {
        var original = File.ReadAllText(TestData.Path("sample", "rudaw-2020-02-07-caggins-interview.ar.txt"));
        var revised = File.ReadAllText(TestData.Path("sample", "rudaw-2020-02-07-caggins-interview.revised.ar.txt"));

        var changes = DocumentDiff.Compare(original, revised, "ar");

        var count = changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        // tm/sample/…revised.changes.md: 7 sentences edited, 2 removed, 3 added, the other 36 unchanged
        Assert.Equal(36, count[SentenceChangeKind.Same]);
        Assert.Equal(7, count[SentenceChangeKind.Changed]);
        Assert.Equal(2, count[SentenceChangeKind.Removed]);
        Assert.Equal(3, count[SentenceChangeKind.Added]);
        var nine = changes.Single(c => c.Kind == SentenceChangeKind.Changed && c.Old!.Contains("سبعة أشخاص", StringComparison.Ordinal));
        Assert.Contains(new DiffOperation(DiffKind.Delete, "سبعة"), nine.Diff);
        Assert.Contains(new DiffOperation(DiffKind.Insert, "تسعة"), nine.Diff);
    }

    [Fact]
    public void Compare_EveryChange_RebuildsBothVersions()
    {
        var changes = DocumentDiff.Compare("وصل الوفد. بدأ الاجتماع مساء. انتهى.", "وصل الوفد. بدأ الاجتماع الطويل مساء. تحدثوا كثيرا. انتهى.", "ar");

        Assert.Equal(["وصل الوفد.", "بدأ الاجتماع مساء.", "انتهى."], changes.Where(c => c.Old is not null).Select(c => WordDiff.Apply(c.Diff, forNew: false)));
        Assert.Equal(["وصل الوفد.", "بدأ الاجتماع الطويل مساء.", "تحدثوا كثيرا.", "انتهى."], changes.Where(c => c.New is not null).Select(c => WordDiff.Apply(c.Diff, forNew: true)));
        Assert.Equal([SentenceChangeKind.Same, SentenceChangeKind.Changed, SentenceChangeKind.Added, SentenceChangeKind.Same], changes.Select(c => c.Kind));
    }
}

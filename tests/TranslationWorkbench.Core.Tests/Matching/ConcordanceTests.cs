using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Matching;

public sealed class ConcordanceTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;
    private readonly TranslationMemory memory;

    public ConcordanceTests()
    {
        workspace = WorkspaceFile.Open(folder.File("workbench.db"));
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "قوات سوريا الديمقراطية تواصل عملها.", Target = "The Syrian Democratic Forces continue their work." });
            batch.Add(new MemoryUnit { Source = "وصلت القوات إلى الحسكة.", Target = "The forces reached Hasakah." });
            batch.Add(new MemoryUnit { Source = "التحالف يدعم قُوّات سوريا الديمقراطيّة.", Target = "The coalition supports the SDF." });
            batch.Add(new MemoryUnit { Source = "وأشاد بالتحالف وبقوات البيشمركة.", Target = "He praised the coalition and the Peshmerga forces." });
            batch.Add(new MemoryUnit { Source = "هذا تحالف جديد.", Target = "This is a new alliance." });
            batch.Add(new MemoryUnit { Source = "وصل الوفد إلى لبنان.", Target = "The delegation reached Lebanon." });
            batch.Add(new MemoryUnit { Source = "أشار إليه بالبنان وصلّى.", Target = "He pointed him out and prayed." });
            batch.Add(new MemoryUnit { Source = "زار وفد من مانيا ألمانيا.", Target = "A delegation from Mania visited Germany." });
            batch.Add(new MemoryUnit { Source = "تم توزيع اللقاح.", Target = "The vaccine was distributed." });
            batch.Add(new MemoryUnit { Source = "من ديالى إلى كركوك ثم إلى ديالى.", Target = "From Diyala to Kirkuk, then back to Diyala." });
            batch.Add(new MemoryUnit { Source = "وصلت اللقاحات إلى العراق.", Target = "The vaccines reached Iraq." });
            batch.Add(new MemoryUnit { Source = "قالت الحكومة العراقية إنها مستعدة.", Target = "The Iraqi government said it was ready." });
            batch.Add(new MemoryUnit { Source = "رحبت الحكومات العربية بالقرار.", Target = "Arab governments welcomed the decision." });
            batch.Add(new MemoryUnit { Source = "وأكد رئيس الوزراء دعم حكومته للقرار.", Target = "The prime minister affirmed his government's support for the decision." });
            batch.Commit();
        }
        memory = workspace.Memories.Get("default");
    }

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Search_ArabicPhrase_IsFoundWhateverItsDiacritics_AndMarked()
    {
        var hits = new Concordance(workspace).Search(memory, "قوات سوريا الديمقراطية");

        Assert.Equal(2, hits.Count);
        var withDiacritics = hits.Single(hit => hit.Unit.Source.StartsWith("التحالف", StringComparison.Ordinal));
        Assert.Equal("قُوّات سوريا الديمقراطيّة", withDiacritics.Unit.Source.Substring(withDiacritics.InSource!.Value.Start, withDiacritics.InSource.Value.Length));
    }

    [Fact]
    public void Search_EnglishWord_IsFoundInTargetsWhateverItsCase()
    {
        var hit = Assert.Single(new Concordance(workspace).Search(memory, "hasakah"));

        Assert.Equal("Hasakah", hit.Unit.Target.Substring(hit.InTarget!.Value.Start, hit.InTarget.Value.Length));
        Assert.Null(hit.InSource);
    }

    [Fact]
    public void Search_AWordTwiceInAUnit_IsMarkedBothTimes_OnBothSides()
    {
        var source = Assert.Single(new Concordance(workspace).Search(memory, "ديالي"));
        var target = Assert.Single(new Concordance(workspace).Search(memory, "diyala"));

        Assert.Equal([3, 26], source.SourceHits.Select(hit => hit.Start));
        Assert.Equal(source.SourceHits[0], source.InSource);
        Assert.Equal([5, 36], target.TargetHits.Select(hit => hit.Start));
        Assert.All(target.TargetHits, hit => Assert.Equal("Diyala", target.Unit.Target.Substring(hit.Start, hit.Length)));
    }

    [Fact]
    public void Search_PhraseNotInARow_IsNotAHit()
    {
        Assert.Empty(new Concordance(workspace).Search(memory, "الديمقراطية سوريا"));
    }

    [Theory]
    [InlineData("تحالف", new[] { "تحالف", "بالتحالف", "التحالف" })]  // newest first
    [InlineData("التحالف", new[] { "تحالف", "بالتحالف", "التحالف" })] // the article cut from the word searched for too
    [InlineData("بالتحالف", new[] { "تحالف", "بالتحالف", "التحالف" })] // and the preposition before an article
    [InlineData("وللتحالف", new[] { "تحالف", "بالتحالف", "التحالف" })] // and the conjunction before that
    [InlineData("قوات", new[] { "وبقوات", "قُوّات", "القوات", "قوات" })]
    public void Search_ArabicWord_IsFoundWithTheCliticsThatAttachToIt_TheWholeWordMarked(string word, string[] marked)
    {
        var hits = new Concordance(workspace).Search(memory, word);

        Assert.Equal(marked, hits.Select(hit => hit.Unit.Source.Substring(hit.InSource!.Value.Start, hit.InSource.Value.Length)));
    }

    [Fact]
    public void Search_ALeadingLetterThatMayBeAClitic_IsNotCut()
    {
        // لبنان is not ل + بنان, nor وصل و + صل: بالبنان and صلّى hold the other words
        Assert.Equal(["وصل الوفد إلى لبنان."], new Concordance(workspace).Search(memory, "لبنان").Select(hit => hit.Unit.Source));
        Assert.Equal(["وصل الوفد إلى لبنان."], new Concordance(workspace).Search(memory, "وصل").Select(hit => hit.Unit.Source));
    }

    [Fact]
    public void Search_LamLamBeforeAWordOfItsOwnLam_IsAlsoLamAndTheArticle()
    {
        // للقاح: ل + اللقاح, written with two lams
        var hits = new Concordance(workspace).Search(memory, "للقاح");

        Assert.Equal(["اللقاحات", "اللقاح"], hits.Select(hit => hit.Unit.Source.Substring(hit.InSource!.Value.Start, hit.InSource.Value.Length)));
    }

    [Theory]
    [InlineData("لقاح", new[] { "اللقاحات", "اللقاح" })]       // a plural ending added
    [InlineData("اللقاحات", new[] { "اللقاحات", "اللقاح" })]   // and cut from the word searched for
    [InlineData("حكومة", new[] { "حكومته", "الحكومات", "الحكومة" })] // ة: ات in the plural, ت before a pronoun
    [InlineData("حكومتها", new[] { "حكومته", "الحكومات", "الحكومة" })]
    [InlineData("عراق", new[] { "العراق" })]                   // not the adjective العراقية: ي makes a new word
    public void Search_ArabicWord_IsFoundWithItsEndings(string word, string[] marked)
    {
        var hits = new Concordance(workspace).Search(memory, word);

        Assert.Equal(marked, hits.Select(hit => hit.Unit.Source.Substring(hit.InSource!.Value.Start, hit.InSource.Value.Length)));
    }

    [Fact]
    public void Search_AHamzaAlefAndLam_IsNotAnArticle()
    {
        // the match key writes ألمانيا as المانيا; it is not ال + مانيا
        var hit = Assert.Single(new Concordance(workspace).Search(memory, "ألمانيا"));

        Assert.Equal("ألمانيا", hit.Unit.Source.Substring(hit.InSource!.Value.Start, hit.InSource.Value.Length));
    }
}

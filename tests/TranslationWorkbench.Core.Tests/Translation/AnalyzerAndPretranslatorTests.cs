using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Translation;

public sealed class AnalyzerAndPretranslatorTests : IDisposable
{
    // A document of six segments: one in its memorised context, one exact elsewhere, one with a hamza
    // difference, one fuzzy, one new, and a repetition of the first.
    private const string Text = """
        المتحدث باسم التحالف الدولي لرووداو.
        هل استأنف التحالف الدولي مهامه؟
        قال المتحدث إن الوضع مستقر.
        وصل الوفد إلى بغداد يوم الجمعة الماضي مع الخبراء.
        جملة جديدة تماما لم يترجمها أحد من قبل أبدا.
        المتحدث باسم التحالف الدولي لرووداو.
        """;

    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;
    private readonly Document document;
    private readonly TranslationMemory memory;

    public AnalyzerAndPretranslatorTests()
    {
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "tester");
        document = workspace.Documents.ImportText(Text, "doc.txt", "ar", "en").Document;
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(new MemoryUnit
            {
                Source = "هل استأنف التحالف الدولي مهامه؟",
                Target = "Has the coalition resumed its missions?",
                Context = UnitContext.Between("المتحدث باسم التحالف الدولي لرووداو.", "قال المتحدث إن الوضع مستقر."),
            });
            batch.Add(new MemoryUnit { Source = "المتحدث باسم التحالف الدولي لرووداو.", Target = "The coalition spokesman to Rudaw." });
            batch.Add(new MemoryUnit { Source = "قال المتحدث ان الوضع مستقر.", Target = "The spokesman said the situation is stable." });
            batch.Add(new MemoryUnit { Source = "وصل الوفد إلى أربيل يوم الجمعة الماضي مع الخبراء.", Target = "The delegation arrived in Erbil last Friday with the experts." });
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
    public void Analyze_PutsEachSegmentInItsBand()
    {
        var analysis = new Analyzer(workspace).Analyze(document, memory);

        Assert.Equal(
            [MatchBand.Exact, MatchBand.Context, MatchBand.NearExact, MatchBand.High, MatchBand.NoMatch, MatchBand.Repetition],
            analysis.Segments.Select(segment => segment.Band));
        Assert.Equal([100, 101, 99, 90, null, null], analysis.Segments.Select(segment => segment.BestScore));
        Assert.Equal(6, analysis.TotalSegments);
        var segments = workspace.Documents.Segments(document.Id);
        Assert.Equal(segments.Sum(s => s.Words), analysis.TotalWords);
        Assert.Equal(segments[0].Words, analysis.Bands.Single(b => b.Band == MatchBand.Repetition).Words);
    }

    [Fact]
    public void Pretranslate_FillsDraftsAtTheThreshold_RecordsRevisionsAndUsage()
    {
        var report = new Pretranslator(workspace).Run(document, memory, minScore: 95);

        var segments = workspace.Documents.Segments(document.Id);
        Assert.Equal((6, 4), (report.Untranslated, report.Filled)); // exact, context, 99, and the repetition (exact)
        Assert.Equal("Has the coalition resumed its missions?", segments[1].Target);
        Assert.Equal((SegmentStatus.Draft, TargetOrigins.Pretranslation, 101), (segments[1].Status, segments[1].TargetOrigin, segments[1].MatchScore));
        Assert.Null(segments[3].Target); // 90 is below the threshold
        var revision = Assert.Single(workspace.Documents.Revisions(segments[2].Id));
        Assert.Equal((1, "The spokesman said the situation is stable.", 99, "tester"), (revision.Number, revision.Target, revision.MatchScore, revision.Author));
        Assert.Equal(2, workspace.Memories.Units(memory).Single(u => u.Source.StartsWith("المتحدث باسم", StringComparison.Ordinal)).UsageCount);
    }

    [Fact]
    public void Pretranslate_AStatementsTranslationForAQuestion_IsListedToCheck()
    {
        using (var batch = workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "الوضع في الموصل مستقر.", Target = "The situation in Mosul is stable." });
            batch.Commit();
        }
        var question = workspace.Documents.ImportText("الوضع في الموصل مستقر؟\nالمتحدث باسم التحالف الدولي لرووداو.", "question.txt", "ar", "en").Document;

        var report = new Pretranslator(workspace).Run(question, memory, minScore: 95);

        Assert.Equal(2, report.Filled);
        var draft = Assert.Single(report.QuestionsToCheck);
        Assert.Equal((0, 99, true), (draft.Position, draft.Score, draft.SegmentAsks));
        Assert.Empty(report.NumbersToCheck);
    }

    [Fact]
    public void Pretranslate_LeavesSegmentsThatAlreadyHaveATranslation()
    {
        var segments = workspace.Documents.Segments(document.Id);
        workspace.Documents.SetTargets([new TargetChange(segments[0].Id, "My own translation.", SegmentStatus.Translated, TargetOrigins.Translation)]);

        var report = new Pretranslator(workspace).Run(document, memory, minScore: 100);

        Assert.Equal("My own translation.", workspace.Documents.Segment(segments[0].Id).Target);
        Assert.Equal(5, report.Untranslated);
    }
}

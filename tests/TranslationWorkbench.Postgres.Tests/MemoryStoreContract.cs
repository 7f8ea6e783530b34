using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Translation;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Postgres.Tests;

/// <summary>
/// One suite of memory tests for every store: the workspace's SQLite memory and the shared PostgreSQL one must
/// give the same units, the same scores, the same match kinds and the same TMX.
/// </summary>
public abstract class MemoryStoreContract : IDisposable
{
    private const string Question = "رووداو: هل ازداد دعمكم لقوات سوريا الديمقراطية؟";
    private const string Kidnapped = "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى، وهذه إحدى المعوقات التي أوجدها داعش للقوات الأمنية المشتركة.";

    private readonly TempFolder folder = new();
    private WorkspaceFile? workspace;

    internal TempFolder Folder => folder;

    /// <summary>A workspace whose memories live in the store under test (made on first use, so that a missing server skips the test).</summary>
    protected WorkspaceFile Workspace => workspace ??= Open();

    protected abstract WorkspaceFile Open();

    public virtual void Dispose()
    {
        workspace?.Dispose();
        folder.Dispose();
    }

    private TranslationMemory Fill()
    {
        using (var batch = Workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = Kidnapped, Target = "Last week seven people were kidnapped in Diyala." });
            batch.Add(new MemoryUnit { Source = Question, Target = "Rudaw: Has your support for the SDF increased?", Context = UnitContext.Between("قبل.", "بعد.") });
            batch.Add(new MemoryUnit { Source = "قتل ١٠ أشخاص عام ٢٠١٤.", Target = "10 people were killed in 2014." });
            batch.Add(new MemoryUnit
            {
                Source = "نص مع رمز.", Target = "Text with a code.",
                SourceMarkup = "نص مع <ph x=\"1\">&lt;br/&gt;</ph>رمز.", TargetMarkup = "Text with <ph x=\"1\">&lt;br/&gt;</ph>a code.",
            });
            batch.Commit();
        }
        return Workspace.Memories.Get("default");
    }

    [SkippableFact]
    public void Batch_MergesDuplicates_AndKeepsTheLargerUsageAndLatestChange()
    {
        using (var batch = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", UsageCount = 3, ChangedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", UsageCount = 1, ChangedAt = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), ChangedBy = "sara" });
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hi" });
            batch.Commit();
            Assert.Equal((2, 1), (batch.Added, batch.Merged));
        }
        using (var again = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            again.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", UsageCount = 7, ChangedAt = new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero) });
            again.Commit();
            Assert.Equal((0, 1), (again.Added, again.Merged));
        }

        var units = Workspace.Memories.Units(Workspace.Memories.Get("m")).ToList();
        var hello = units.Single(u => u.Target == "Hello");
        Assert.Equal(2, units.Count);
        Assert.Equal((7, "sara"), (hello.UsageCount, hello.ChangedBy));
    }

    [SkippableFact]
    public void AUnitMergedAgainWithoutDates_KeepsItsDates_ForTheFileSaysNothingOfWhenItChanged()
    {
        // a file written without dates (many aligners write none), imported twice
        var created = new DateTimeOffset(2020, 2, 7, 6, 30, 0, TimeSpan.Zero);
        var changed = new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using (var batch = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", CreatedAt = created, ChangedAt = changed, ChangedBy = "sara" });
            batch.Commit();
        }
        using (var again = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            again.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", UsageCount = 2 });
            again.Commit();
            Assert.Equal((0, 1), (again.Added, again.Merged));
        }

        var hello = Assert.Single(Workspace.Memories.Units(Workspace.Memories.Get("m")));
        Assert.Equal((created, changed, "sara", 2), (hello.CreatedAt, hello.ChangedAt, hello.ChangedBy, hello.UsageCount));
    }

    [SkippableFact]
    public void AnUndatedCopyInTheSameBatch_LeavesTheDatedCopysDates()
    {
        var changed = new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using (var batch = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", CreatedAt = changed, ChangedAt = changed, ChangedBy = "sara" });
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello" });
            batch.Commit();
            Assert.Equal((1, 1), (batch.Added, batch.Merged));
        }

        var hello = Assert.Single(Workspace.Memories.Units(Workspace.Memories.Get("m")));
        Assert.Equal((changed, changed, "sara"), (hello.CreatedAt, hello.ChangedAt, hello.ChangedBy));
    }

    [SkippableFact]
    public void AMergedUnit_KeepsItsTuid_OrTakesTheFirstOneItIsGiven()
    {
        using (var batch = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello" });
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", TuId = "hello-1" });
            batch.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", TuId = "hello-2" });
            batch.Add(new MemoryUnit { Source = "وداعا", Target = "Goodbye" });
            batch.Commit();
        }
        using (var again = Workspace.Memories.BeginBatch("m", "ar", "en"))
        {
            again.Add(new MemoryUnit { Source = "مرحبا", Target = "Hello", TuId = "hello-3" });
            again.Add(new MemoryUnit { Source = "وداعا", Target = "Goodbye", TuId = "bye" });
            again.Commit();
            Assert.Equal((0, 2), (again.Added, again.Merged));
        }

        var units = Workspace.Memories.Units(Workspace.Memories.Get("m")).ToList();
        Assert.Equal(["hello-1", "bye"], units.Select(unit => unit.TuId));
    }

    [SkippableFact]
    public void Units_OfMemoriesFilledInTurns_AreEachTheirOwnInTheOrderAdded()
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in new[] { "first", "second" })
            {
                using var batch = Workspace.Memories.BeginBatch(name, "ar", "en");
                batch.Add(new MemoryUnit { Source = $"جملة {round}", Target = $"{name} {round}" });
                batch.Commit();
            }
        }

        var second = Workspace.Memories.Units(Workspace.Memories.Get("second")).Select(u => u.Target);
        Assert.Equal(["second 0", "second 1", "second 2"], second);
        Workspace.Memories.Open("empty", "ar", "en");
        Assert.Empty(Workspace.Memories.Units(Workspace.Memories.Get("empty")));
    }

    [SkippableFact]
    public void Page_ListsAMemorysUnits_TheLastChangedFirst_APageAtATime()
    {
        static DateTimeOffset Day(int day) => new(2020, 2, day, 0, 0, 0, TimeSpan.Zero);
        foreach (var name in new[] { "other", "m" })
        {
            using var batch = Workspace.Memories.BeginBatch(name, "ar", "en");
            // changed on days 5, 2, 9, 2, 7: the order of change is not the order added
            foreach (var (day, i) in new[] { 5, 2, 9, 2, 7 }.Select((day, i) => (day, i)))
            {
                batch.Add(new MemoryUnit { Source = $"جملة {i}", Target = $"{name} {i}", ChangedAt = Day(day) });
            }
            batch.Commit();
        }
        var memory = Workspace.Memories.Get("m");

        var first = Workspace.Memories.Page(memory, 0, 3);
        var rest = Workspace.Memories.Page(memory, 3, 3);

        Assert.Equal(["m 2", "m 4", "m 0"], first.Select(unit => unit.Target));
        // the same day: the unit added later first
        Assert.Equal(["m 3", "m 1"], rest.Select(unit => unit.Target));
    }

    [SkippableFact]
    public void PreparedUnit_IsAddedLikeTheUnit_AndOnlyByTheKindOfBatchThatPreparedIt()
    {
        using var batch = Workspace.Memories.BeginBatch("m", "ar", "en");
        var prepared = batch.Prepare(new MemoryUnit { Source = Question, Target = "Has your support increased?" });
        batch.Add(prepared);
        Assert.Throws<ArgumentException>(() => batch.Add(new ForeignPreparedUnit(prepared.Unit)));
        batch.Commit();

        Assert.Equal("Has your support increased?", Workspace.Memories.Units(Workspace.Memories.Get("m")).Single().Target);
    }

    [SkippableFact]
    public void DeleteMemory_TakesItsUnitsAndLeavesTheOthers()
    {
        var kept = Fill();
        using (var batch = Workspace.Memories.BeginBatch("doomed", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = Question, Target = "Gone." });
            batch.Commit();
        }

        var doomed = Workspace.Memories.Get("doomed");

        Assert.False(Workspace.Memories.DeleteMemory(doomed, onlyIfEmpty: true));
        Assert.NotNull(Workspace.Memories.Find("doomed"));
        Assert.True(Workspace.Memories.DeleteMemory(doomed));

        Assert.Null(Workspace.Memories.Find("doomed"));
        Assert.False(Workspace.Memories.DeleteMemory(doomed));
        Assert.Equal(4, Workspace.Memories.Units(kept).Count());
        Assert.Empty(Workspace.Memories.Search(MatchTokens.Of(Question), doomed.Id, 50, exhaustive: true).Hits);
        Assert.Single(Workspace.Memories.Search(MatchTokens.Of(Question), kept.Id, 50, exhaustive: true).Hits);
        Assert.Empty(Workspace.Memories.CheckIndex(repair: false).Problems);
    }

    [SkippableFact]
    public void LargeBatch_IsSearchableAtOnce()
    {
        // A batch past the merge threshold takes the bulk path: a new index file, or VACUUM and ANALYZE on the server.
        var count = FuzzyIndex.MergeThreshold + 10;
        using (var batch = Workspace.Memories.BeginBatch("large", "ar", "en"))
        {
            for (var i = 0; i < count; i++) batch.Add(new MemoryUnit { Source = $"الجملة رقم {i} عن التحالف الدولي.", Target = $"Sentence {i} about the coalition." });
            batch.Commit();
            Assert.Equal(count, batch.Added);
        }
        var memory = Workspace.Memories.Get("large");

        var hits = Workspace.Memories.Search(MatchTokens.Of("الجملة رقم 4321 عن التحالف الدولي."), memory.Id, 100, exhaustive: false).Hits;

        Assert.Equal(count, Workspace.Memories.Count(memory));
        Assert.Equal("Sentence 4321 about the coalition.", Workspace.Memories.Unit(Assert.Single(hits).UnitId)!.Target);
        Assert.Empty(Workspace.Memories.CheckIndex(repair: false).Problems);
    }

    [SkippableFact]
    public void FailedBatch_LeavesNothing_NotEvenTheMemory()
    {
        using (var batch = Workspace.Memories.BeginBatch("never", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = "نص", Target = "Text" });
            // disposed without Commit: a failed import
        }

        Assert.Null(Workspace.Memories.Find("never"));
        Assert.Throws<InvalidInputException>(() => Workspace.Memories.BeginBatch("never", "ar", "en!"));
    }

    [SkippableFact]
    public void Matches_AreTheSameKindsAndScores()
    {
        var memory = Fill();
        var matcher = new FuzzyMatcher(Workspace);

        Assert.Equal((MatchKind.Context, 101), Best(matcher, memory, new MatchQuery(Question, UnitContext.Between("قبل.", "بعد."))));
        Assert.Equal((MatchKind.Exact, 100), Best(matcher, memory, new MatchQuery(Question)));
        Assert.Equal((MatchKind.Fuzzy, 97), Best(matcher, memory, new MatchQuery("رووداو: هَل إزداد دعمكم لقوات سوريا الديمقراطيـة؟")));
        Assert.Equal((MatchKind.Fuzzy, 99), Best(matcher, memory, new MatchQuery("قتل 10 أشخاص عام 2014.")));
        Assert.Equal((MatchKind.Exact, 99), Best(matcher, memory, new MatchQuery("نص مع رمز.")));
        var fuzzy = matcher.Find(memory, new MatchQuery(Kidnapped.Replace("سبعة", "تسعة", StringComparison.Ordinal)))[0];
        Assert.Equal(94, fuzzy.Score);
        Assert.Contains(fuzzy.Diff, d => d.Text == "تسعة");
        Assert.Empty(matcher.Find(memory, new MatchQuery("جملة لا تشبه شيئا في هذه الذاكرة أبدا.")));
    }

    [SkippableFact]
    public void Search_Exhaustive_FindsWhatAScanOfEveryUnitFinds()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "tatoeba-ara-eng", "tatoeba.arb.txt")).Take(3000).ToArray();
        using (var batch = Workspace.Memories.BeginBatch("tatoeba", "ar", "en"))
        {
            foreach (var (line, i) in lines.Select((line, i) => (line, i))) batch.Add(new MemoryUnit { Source = line, Target = $"English {i}" });
            batch.Commit();
        }
        var memory = Workspace.Memories.Get("tatoeba");
        var units = Workspace.Memories.Units(memory).Select(u => (u.Id, Tokens: TokenHashes.OfText(u.Source))).ToList();
        var random = new Random(5);

        for (var q = 0; q < 60; q++)
        {
            var words = lines[random.Next(lines.Length)].Split(' ').ToList();
            words.RemoveAt(random.Next(words.Count));
            var query = string.Join(' ', words.Append("أيضا"));
            var tokens = MatchTokens.Of(query);

            var found = Workspace.Memories.Search(tokens, memory.Id, 60, exhaustive: true).Hits.Select(h => (h.UnitId, h.Score)).Order().ToList();

            var verifier = new FuzzyVerifier(tokens.Select(TokenHashes.Of).ToArray(), 60);
            var scanned = units.Select(u => verifier.Verify(u.Id, u.Tokens)).OfType<FuzzyHit>().Select(h => (h.UnitId, h.Score)).Order().ToList();
            Assert.Equal(scanned, found);
        }
    }

    [SkippableFact]
    public void UpdateDeleteAndConfirm_AreFollowedBySearch()
    {
        var memory = Fill();
        var matcher = new FuzzyMatcher(Workspace);
        var question = matcher.Find(memory, new MatchQuery(Question))[0].Unit;

        Workspace.Memories.Update(question.Id, "سؤال جديد تماما عن شيء آخر؟", "A new question?");
        var kidnapped = matcher.Find(memory, new MatchQuery(Kidnapped))[0].Unit;
        Assert.True(Workspace.Memories.Delete(kidnapped.Id));
        var confirmed = Workspace.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "جملة أكدها المترجم.", Target = "A sentence the translator confirmed.", Context = UnitContext.Between("أ.", "ب.") });
        var again = Workspace.Memories.StoreConfirmed(memory, new MemoryUnit { Source = "جملة أكدها المترجم.", Target = "Confirmed again, better.", Context = UnitContext.Between("أ.", "ب.") });
        Workspace.Memories.MarkUsed([confirmed]);

        Assert.Equal(100, matcher.Find(memory, new MatchQuery("سؤال جديد تماما عن شيء آخر؟"))[0].Score);
        Assert.DoesNotContain(matcher.Find(memory, new MatchQuery(Question)), m => m.Score >= 95);
        Assert.DoesNotContain(matcher.Find(memory, new MatchQuery(Kidnapped)), m => m.Unit.Id == kidnapped.Id);
        Assert.Equal(confirmed, again);
        var unit = Workspace.Memories.Unit(confirmed)!;
        Assert.Equal(("Confirmed again, better.", UnitOrigin.Translation, 1), (unit.Target, unit.Origin, unit.UsageCount));
        Assert.Equal(101, matcher.Find(memory, new MatchQuery("جملة أكدها المترجم.", UnitContext.Between("أ.", "ب.")))[0].Score);
        Assert.Empty(Workspace.Memories.CheckIndex(repair: false).Problems);
    }

    [SkippableFact]
    public void Update_WithAControlCharacter_IsRefusedAndChangesNothing()
    {
        var memory = Fill();
        var question = new FuzzyMatcher(Workspace).Find(memory, new MatchQuery(Question))[0].Unit;

        var error = Assert.Throws<InvalidInputException>(() => Workspace.Memories.Update(question.Id, question.Source, "A new\u0015 question?"));

        Assert.StartsWith("the translation has U+0015 at character 6, a control character", error.Message);
        Assert.Equal(question.Target, Workspace.Memories.Unit(question.Id)!.Target);
    }

    [SkippableFact]
    public void Confirm_NeverOverwritesAnAlignedUnit_ARevisionUpdatesTheDocumentsOwn()
    {
        // Given a pair aligned from the interview, in its context
        var context = UnitContext.Between("قبل.", "بعد.");
        const string Source = "اليوم لا يوجد هذا ولا ذاك.";
        using (var batch = Workspace.Memories.BeginBatch("default", "ar", "en"))
        {
            batch.Add(new MemoryUnit { Source = Source, Target = "Today, there's neither.", Origin = UnitOrigin.Alignment, Document = "interview", Context = context });
            batch.Commit();
        }
        var memory = Workspace.Memories.Get("default");
        var aligned = Workspace.Memories.Units(memory).Single().Id;
        MemoryUnit Confirmed(string target, string document = "interview") =>
            new() { Source = Source, Target = target, Origin = UnitOrigin.Translation, Document = document, Context = context };

        // When the segment is confirmed otherwise, revised, confirmed in another document, and revised back to the aligned text
        var first = Workspace.Memories.StoreConfirmed(memory, Confirmed("Nowadays there is neither."));
        var revised = Workspace.Memories.StoreConfirmed(memory, Confirmed("Nowadays there is neither one."));
        var elsewhere = Workspace.Memories.StoreConfirmed(memory, Confirmed("There is neither today.", document: "other"));
        var unitsBefore = Workspace.Memories.Units(memory).Count();
        var back = Workspace.Memories.StoreConfirmed(memory, Confirmed("Today, there's neither."));

        // Then the aligned unit kept its translation throughout, a revision updated the document's own unit, and
        // going back to the aligned text removed the unit it had replaced
        Assert.NotEqual(aligned, first);
        Assert.Equal(first, revised);
        Assert.NotEqual(first, elsewhere);
        Assert.Equal(3, unitsBefore);
        Assert.Equal(aligned, back);
        Assert.Null(Workspace.Memories.Unit(first));
        var targets = Workspace.Memories.Units(memory).OrderBy(unit => unit.Id).Select(unit => (unit.Target, unit.Origin)).ToList();
        Assert.Equal([("Today, there's neither.", UnitOrigin.Alignment), ("There is neither today.", UnitOrigin.Translation)], targets);
        var matches = new FuzzyMatcher(Workspace).Find(memory, new MatchQuery(Source, context));
        Assert.Equal(["Today, there's neither.", "There is neither today."], matches.Select(match => match.Unit.Target).Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(Workspace.Memories.CheckIndex(repair: false).Problems);
    }

    [SkippableFact]
    public void Concordance_FindsSourcesWhateverTheirDiacriticsAndTargetsWhateverTheirCase()
    {
        var memory = Fill();

        var arabic = new Concordance(Workspace).Search(memory, "الديمقراطيه");
        var english = new Concordance(Workspace).Search(memory, "diyala");

        Assert.Equal(Question, Assert.Single(arabic).Unit.Source);
        Assert.Equal(Kidnapped, Assert.Single(english).Unit.Source);
    }

    [SkippableFact]
    public void Concordance_FindsAnArabicWordWithTheCliticsAttachedToIt()
    {
        var memory = Fill();

        // the unit has الديمقراطية: the article is cut from the word looked for, and put back in every form
        var withoutArticle = new Concordance(Workspace).Search(memory, "ديمقراطيه");
        var withConjunction = new Concordance(Workspace).Search(memory, "والديمقراطية");

        Assert.Equal(Question, Assert.Single(withoutArticle).Unit.Source);
        Assert.Equal(Question, Assert.Single(withConjunction).Unit.Source);
    }

    [SkippableFact]
    public void Tmx_ImportExportImport_GivesTheSameUnits()
    {
        var kit = Path.Combine(AppContext.BaseDirectory, "TestData", "tmx", "lisa-compliance-kit");
        TmxImport.Run(Workspace, Path.Combine(kit, "ImportTest2A.tmx"), "first", "en-us", "fr-ca");
        TmxImport.Run(Workspace, Path.Combine(kit, "ImportTest1L.tmx"), "first", "en-us", "fr");
        var exported = Folder.File("out.tmx");

        TmxExport.Run(Workspace, Workspace.Memories.Get("first"), exported);
        TmxImport.Run(Workspace, exported, "second", "en-us", "fr-ca");

        Assert.Empty(TmxValidator.Validate(exported));
        // the tuid as it goes out: the file's, or the unit's id
        string Comparable(MemoryUnit u) => string.Join("|", u.TuId ?? u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Source, u.Target, u.SourceMarkup, u.TargetMarkup, u.CreatedAt, u.ChangedAt, u.UsageCount, string.Join(";", u.Properties));
        Assert.Equal(
            Workspace.Memories.Units(Workspace.Memories.Get("first")).Select(Comparable),
            Workspace.Memories.Units(Workspace.Memories.Get("second")).Select(Comparable));
    }

    [SkippableFact]
    public void AnalysisAndPretranslation_UseTheStore()
    {
        var memory = Fill();
        var document = Workspace.Documents.ImportText($"{Question}\nجملة جديدة تماما لا يعرفها أحد.\n", "doc.txt", "ar", "en").Document;

        var analysis = new Analyzer(Workspace).Analyze(document, memory);
        var report = new Pretranslator(Workspace).Run(document, memory, 100);

        Assert.Equal([MatchBand.Exact, MatchBand.NoMatch], analysis.Segments.Select(s => s.Band));
        Assert.Equal(1, report.Filled);
        Assert.Equal(1, Workspace.Memories.Units(memory).Single(u => u.Source == Question).UsageCount);
    }

    private static (MatchKind, int) Best(FuzzyMatcher matcher, TranslationMemory memory, MatchQuery query)
    {
        var best = matcher.Find(memory, query)[0];
        return (best.Kind, best.Score);
    }

    private sealed class ForeignPreparedUnit(MemoryUnit unit) : PreparedUnit(unit);
}

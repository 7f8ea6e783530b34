using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// `tw demo`: the main job on the bundled sample, start to finish, in a workspace of its own: import the Arabic
/// interview, align it with its English translation into the memory, take a revised version of the interview
/// through analysis, matches and pre-translation, correct one sentence (a revision and its diff), export TMX.
/// </summary>
public static class DemoCommand
{
    public const string ArabicSample = "rudaw-2020-02-07-caggins-interview.ar.txt";
    public const string EnglishSample = "rudaw-2020-02-07-caggins-interview.en.txt";
    public const string RevisedSample = "rudaw-2020-02-07-caggins-interview.revised.ar.txt";

    public static Command Create(GlobalOptions options)
    {
        var command = new Command("demo", "Run the whole job on the bundled sample interview in tm/demo.db (recreated each run).");
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(options.Workspace) ?? DefaultPaths.DemoWorkspace();
            var sample = DefaultPaths.SampleFolder();
            DeleteWorkspace(path);
            using var workspace = Workspace.Open(path, author: "demo");
            output.WriteLine($"workspace: {workspace.Path} (new)");

            var original = ImportOriginal(output, workspace, sample);
            var memory = Align(output, workspace, sample);
            var revised = AnalyseRevised(output, workspace, sample, memory);
            Pretranslate(output, workspace, revised, memory);
            Correct(output, workspace, revised, memory);
            Export(output, workspace, memory, revised, path);

            output.WriteLine();
            output.WriteLine("Look at the result (with alias tw='dotnet run --project src/TranslationWorkbench.Cli --'):");
            output.WriteLine($"   tw serve --workspace {path}          the web workbench on http://127.0.0.1:5080/");
            output.WriteLine($"   tw show {revised.Id} --workspace {path}           the revised interview, segment by segment");
            output.WriteLine($"   tw show {original.Id} --workspace {path}           the original interview");
            output.WriteLine($"   tw tm search \"…\" --workspace {path}    matches for any sentence");
            return 0;
        });
        return command;
    }

    private static Document ImportOriginal(TextWriter output, Workspace workspace, string sample)
    {
        Step(output, 1, $"import and segment the Arabic interview ({ArabicSample})");
        var import = workspace.Documents.Import(Path.Combine(sample, ArabicSample), "ar", "en", "caggins-interview");
        output.WriteLine($"   {ImportCommand.Describe(import)}");
        var segments = workspace.Documents.Segments(import.Document.Id);
        foreach (var segment in segments.Take(3).Concat(segments.Skip(12).Take(2))) output.WriteLine($"   {segment.Position + 1,3}  {segment.Source}");
        output.WriteLine($"   … ؟ ends a sentence, ، does not, and \"رووداو:\"/\"كاكينز:\" stay with their sentence");
        return import.Document;
    }

    private static TranslationMemory Align(TextWriter output, Workspace workspace, string sample)
    {
        Step(output, 2, $"align it with its English translation ({EnglishSample}) and store the pairs in the memory");
        var aligned = AlignedDocument.Align(
            TextFile.Read(Path.Combine(sample, ArabicSample)), TextFile.Read(Path.Combine(sample, EnglishSample)), "ar", "en", presegmented: false);
        // the check tw align --commit makes
        var evidence = TranslationEvidence.Of(aligned);
        if (!evidence.LooksLikeTranslation) throw new InvalidInputException($"{evidence.Objection(ArabicSample, EnglishSample)}; nothing stored.");
        var report = AlignmentCommit.Run(
            workspace.Memories, TranslationMemory.DefaultName, "ar", "en", aligned.Pairs(), "caggins-interview", AlignCommand.DefaultMinConfidence);
        foreach (var line in Lines(writer => AlignCommand.PrintReport(writer, report, aligned, evidence, workspace.Memories))) output.WriteLine($"   {line}");
        return workspace.Memories.Get(TranslationMemory.DefaultName);
    }

    private static Document AnalyseRevised(TextWriter output, Workspace workspace, string sample, TranslationMemory memory)
    {
        Step(output, 3, $"a day later the interview is revised ({RevisedSample}): import it and analyse it against the memory");
        var import = workspace.Documents.Import(Path.Combine(sample, RevisedSample), "ar", "en", "caggins-interview-revised");
        output.WriteLine($"   {ImportCommand.Describe(import)}");
        var changes = DocumentDiff.Compare(TextFile.Read(Path.Combine(sample, ArabicSample)), TextFile.Read(Path.Combine(sample, RevisedSample)), "ar");
        output.WriteLine($"   against the original: {changes.Count(c => c.Kind == SentenceChangeKind.Changed)} sentences changed, "
            + $"{changes.Count(c => c.Kind == SentenceChangeKind.Added)} added, {changes.Count(c => c.Kind == SentenceChangeKind.Removed)} removed (tw diff OLD NEW)");
        var analysis = new Analyzer(workspace).Analyze(import.Document, memory);
        foreach (var line in Lines(writer => AnalyzeCommand.Print(writer, analysis))) output.WriteLine($"   {line}");

        output.WriteLine("   some of its fuzzy matches, with what changed ([-in the memory-]{+in the new text+}):");
        var segments = workspace.Documents.Segments(import.Document.Id);
        var matcher = new FuzzyMatcher(workspace);
        foreach (var scored in analysis.Segments.Where(s => s.BestScore is < 100 and >= 50).Take(4))
        {
            var segment = segments.First(s => s.Id == scored.SegmentId);
            var match = matcher.Find(memory, new MatchQuery(segment.Source, SegmentContexts.Of(segments, segment.Position)), new MatchOptions(Max: 1))[0];
            var why = match.Penalties.Count > 0 ? $" ({string.Join(", ", match.Penalties)})" : "";
            output.WriteLine($"   {match.Score,4}%{why}  {AroundChange(MatchPrinter.Wdiff(match.Diff))}");
        }
        return import.Document;
    }

    private static void Pretranslate(TextWriter output, Workspace workspace, Document revised, TranslationMemory memory)
    {
        Step(output, 4, "pre-translate the revised interview from the memory (95% and up) as drafts");
        var report = new Pretranslator(workspace).Run(revised, memory, minScore: 95);
        output.WriteLine($"   filled {report.Filled} of {report.Untranslated} segments: "
            + string.Join(", ", report.FilledByBand.Select(band => $"{band.Segments} at {band.Label}")));
    }

    private static void Correct(TextWriter output, Workspace workspace, Document revised, TranslationMemory memory)
    {
        Step(output, 5, "translate a changed sentence from its fuzzy match, then correct it: every revision is kept");
        var segments = workspace.Documents.Segments(revised.Id);
        var segment = segments.First(s => s.Source.Contains("تسعة أشخاص", StringComparison.Ordinal));
        var match = new FuzzyMatcher(workspace).Find(memory, new MatchQuery(segment.Source, SegmentContexts.Of(segments, segment.Position)), new MatchOptions(Max: 1))[0];
        var editor = new SegmentEditor(workspace);
        editor.SaveDraft(segment.Id, match.Unit.Target);
        var corrected = match.Unit.Target.Replace("seven people", "nine people", StringComparison.Ordinal);
        editor.Confirm(segment.Id, corrected, memory, matchScore: match.Score, usedUnitId: match.Unit.Id);
        var revisions = workspace.Documents.Revisions(segment.Id);
        output.WriteLine($"   segment {segment.Id}: {Short(segment.Source, 120)}");
        foreach (var revision in revisions) output.WriteLine($"   r{revision.Number} {revision.Status.ToText(),-10} {revision.Origin,-12} {Short(revision.Target, 110)}");
        output.WriteLine($"   r1 → r{revisions.Count}: {AroundChange(MatchPrinter.Wdiff(WordDiff.Between(revisions[0].Target, revisions[^1].Target)))}");
        output.WriteLine($"   (tw history {segment.Id} --workspace {workspace.Path}, tw diff {segment.Id} --workspace …); the confirmed sentence is in the memory at once");
    }

    private static void Export(TextWriter output, Workspace workspace, TranslationMemory memory, Document revised, string workspacePath)
    {
        Step(output, 6, "export the memory as TMX 1.4b and validate it; export the revised interview's English");
        var folder = Path.GetDirectoryName(Path.GetFullPath(workspacePath))!;
        var tmx = Path.Combine(folder, "demo-memory.tmx");
        // the demo's own outputs, made again on every run
        var report = TmxExport.Run(workspace, memory, tmx, replace: true);
        var problems = TmxValidator.Validate(tmx);
        output.WriteLine($"   {tmx}: {report.Written} units, {(problems.Count == 0 ? "valid TMX 1.4b" : $"{problems.Count} problem(s)!")}");
        var text = Path.Combine(folder, "demo-revised.en.txt");
        var (_, untranslated, drafts) = DocumentExport.Write(workspace, revised, text, replace: true);
        output.WriteLine($"   {text}: the revised interview, {untranslated} segment(s) still in Arabic, {drafts} pre-translated draft(s) nobody has confirmed yet");
    }

    private static void Step(TextWriter output, int number, string title)
    {
        output.WriteLine();
        output.WriteLine($"{number}. {title}");
    }

    private static IEnumerable<string> Lines(Action<TextWriter> print)
    {
        var writer = new StringWriter();
        print(writer);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'));
    }

    private static string Short(string text, int length = 60) => text.Length <= length ? text : text[..length] + "…";

    // A long diff shown from a little before its first change.
    private static string AroundChange(string diff)
    {
        var change = diff.IndexOfAny(['[', '{']);
        var start = Math.Max(0, change - 50);
        var part = diff[start..];
        return (start > 0 ? "…" : "") + Short(part, 150);
    }

    private static void DeleteWorkspace(string path)
    {
        // A pooled connection would keep the old file alive under its deleted name.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".fuzzy" }) File.Delete(path + suffix);
    }
}

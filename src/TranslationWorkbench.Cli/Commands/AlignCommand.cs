using System.CommandLine;
using System.Globalization;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw align SOURCE TARGET`: an Arabic text and its English translation, sentence pairs with confidences, into the memory on request.</summary>
public static class AlignCommand
{
    /// <summary>The confidence below which `--commit` leaves a pair out unless told otherwise.</summary>
    public const double DefaultMinConfidence = 0.5;

    /// <summary>Pairs below this confidence are listed after a commit, for a reviewer to look at first.</summary>
    public const double ReviewBelow = 0.9;

    private static readonly string[] Formats = ["beads", "tsv", "json", "tmx"];

    public static Command Create(GlobalOptions options)
    {
        var source = new Argument<string>("SOURCE") { Description = "The Arabic text." };
        var target = new Argument<string>("TARGET") { Description = "Its English translation." };
        var presegmented = new Option<bool>("--presegmented") { Description = "One sentence per line, taken as it is (a blank line ends a paragraph)." };
        var format = new Option<string>("--format") { Description = "beads (Vecalign's format and a confidence), tsv, json or tmx.", DefaultValueFactory = _ => "beads" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var dictionary = new Option<string?>("--dictionary") { Description = "A dictd dictionary (.index or .dict[.dz], e.g. /usr/share/dictd/freedict-ara-eng.index) or an arabic<TAB>english glossary (.tsv)." };
        var sourceLanguage = CommonOptions.Language("--source-lang", "ar", "The source text's language.");
        var targetLanguage = CommonOptions.Language("--target-lang", "en", "The translation's language.");
        var commit = new Option<bool>("--commit") { Description = "Store the pairs in the memory (origin alignment), in one transaction." };
        var memory = TmCommand.MemoryToFill();
        // Nobody has reviewed the pairs on the command line (the web workbench's review page stores what was reviewed):
        // by default, leave out the pairs the aligner itself doubts most, and list the doubtful ones kept.
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "With --commit, leave out pairs below this confidence (0–1).",
            DefaultValueFactory = _ => DefaultMinConfidence,
            CustomParser = ParseConfidence,
        };
        // Two unrelated texts align too, at high confidence: --commit refuses texts whose numbers and names do not
        // match up (TranslationEvidence), and without --commit they are named in a warning. --skip-check overrides
        // that, and is not --force: replacing an --output file must not also let unrelated texts into the memory.
        var skipCheck = new Option<bool>("--skip-check") { Description = "The two texts are a text and its translation even if their numbers and names do not show it: store the pairs with --commit, and no warning." };
        var force = CommonOptions.Force();
        var encoding = CommonOptions.Encoding();
        var command = new Command("align", "Align an Arabic text with its English translation, sentence by sentence.")
        {
            source, target, presegmented, format, output, dictionary, sourceLanguage, targetLanguage, commit, memory, minConfidence, skipCheck, force, encoding,
        };
        command.SetAction(parseResult =>
        {
            var threshold = parseResult.GetValue(minConfidence);
            if (threshold is < 0 or > 1) throw new InvalidInputException($"--min-confidence {threshold}: give a confidence from 0 to 1.");
            var sourcePath = parseResult.GetValue(source)!;
            var targetPath = parseResult.GetValue(target)!;
            if (parseResult.GetValue(output) is { } outputPath) CheckOutput(outputPath, [sourcePath, targetPath], parseResult.GetValue(force));
            var lexicon = parseResult.GetValue(dictionary) is { } path ? LoadLexicon(path) : null;
            var sourceText = PageBreaks.AsLineBreaks(TextFile.Read(sourcePath, parseResult.GetValue(encoding)));
            var targetText = PageBreaks.AsLineBreaks(TextFile.Read(targetPath, parseResult.GetValue(encoding)));
            AlignmentTexts.Check(sourceText, sourcePath, parseResult.GetValue(sourceLanguage)!, targetText, targetPath, parseResult.GetValue(targetLanguage)!);
            var aligned = AlignedDocument.Align(
                sourceText, targetText,
                parseResult.GetValue(sourceLanguage)!, parseResult.GetValue(targetLanguage)!, parseResult.GetValue(presegmented),
                AlignerOptions.Default with { Lexicon = lexicon });
            var console = parseResult.InvocationConfiguration.Output;
            var evidence = TranslationEvidence.Of(aligned);
            if (!evidence.LooksLikeTranslation && !parseResult.GetValue(skipCheck))
            {
                var objection = evidence.Objection(sourcePath, targetPath);
                if (parseResult.GetValue(commit)) throw new InvalidInputException($"{objection}; nothing stored. If they are, give --skip-check.");
                parseResult.InvocationConfiguration.Error.WriteLine($"warning: {objection}; --commit will not store the pairs without --skip-check.");
            }

            // the file first: a write that fails must not leave the memory changed behind a failed command
            var file = parseResult.GetValue(output);
            if (file is not null || !parseResult.GetValue(commit))
            {
                using var writer = file is null ? null : new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
                Write(writer ?? console, parseResult.GetValue(format)!, aligned, parseResult.GetValue(sourceLanguage)!, parseResult.GetValue(targetLanguage)!, file);
            }
            if (!parseResult.GetValue(commit)) return 0;
            return options.Creating(parseResult, workspace =>
            {
                var report = AlignmentCommit.Run(workspace.Memories, parseResult.GetValue(memory)!, parseResult.GetValue(sourceLanguage)!,
                    parseResult.GetValue(targetLanguage)!, aligned.Pairs(), Path.GetFileNameWithoutExtension(sourcePath), threshold);
                PrintReport(console, report, aligned, evidence, workspace.Memories);
                return 0;
            });
        });
        return command;
    }

    // --output over the Arabic or English text being aligned would destroy it as it is read; over another file only when
    // told (--force), as tw export and tw tm export
    private static void CheckOutput(string path, string[] inputs, bool replace)
    {
        var fullPath = OutputPath.Check(path, "the pairs");
        if (inputs.Any(input => string.Equals(Path.GetFullPath(input), fullPath, StringComparison.Ordinal)))
        {
            throw new InvalidInputException($"--output {path}: is one of the two texts being aligned; give another name.");
        }
        if (File.Exists(fullPath) && !replace) throw new InvalidInputException($"--output {path}: exists; give --force to replace it.");
    }

    /// <param name="evidence">Whether the texts look like a text and its translation: its figures are printed, since --skip-check may have overridden it.</param>
    /// <param name="store">Where the pairs went: a stored pair the reviewer should look at is given with its unit id.</param>
    public static void PrintReport(TextWriter output, AlignmentCommitReport report, AlignedDocument aligned, TranslationEvidence evidence, ITranslationMemoryStore store)
    {
        var shapes = string.Join(", ", aligned.Beads.GroupBy(b => b.Shape).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} × {g.Key}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"aligned {aligned.Source.Count} Arabic and {aligned.Target.Count} English sentences in {aligned.Beads.Count} pairs ({shapes})"));
        output.WriteLine($"numbers and names: {evidence.Summary()}{(evidence.LooksLikeTranslation ? "" : " (stored with --skip-check)")}");
        output.WriteLine($"{FilledMemory.Name(report.Memory, report.NewMemory)}: stored {report.Stored}, merged {report.Merged}, skipped {report.Skipped.Count}{FilledMemory.Others(report.NewMemory, "the")}");
        foreach (var group in report.Skipped.GroupBy(s => s.Reason.Split(' ')[0] == "confidence" ? "below the confidence threshold" : s.Reason))
        {
            output.WriteLine($"  skipped {group.Count()} × {group.Key}");
        }
        PrintDoubtful(output, report, aligned, store);
    }

    // The pairs below ReviewBelow, lowest first: where an aligner's mistakes are (the bottom tenth of
    // beads measured 75% right against 99% for the rest), so a reviewer starts there.
    private static void PrintDoubtful(TextWriter output, AlignmentCommitReport report, AlignedDocument aligned, ITranslationMemoryStore store)
    {
        var memory = store.Get(report.Memory);
        var pairs = aligned.Pairs();
        var skipped = report.Skipped.Select(s => s.Index).ToHashSet();
        var doubtful = pairs.Select((pair, index) => (pair, index))
            .Where(p => p.pair.Confidence < ReviewBelow)
            .OrderBy(p => p.pair.Confidence).ToList();
        if (doubtful.Count == 0) return;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{doubtful.Count} pair(s) below {ReviewBelow * 100:F0}% confidence, for a reviewer to look at first:"));
        foreach (var (pair, index) in doubtful)
        {
            var state = skipped.Contains(index) ? "skipped" : $"unit {UnitOf(store, memory, pair)}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {pair.Confidence * 100,3:F0}% {state} {BeadFormat.Format(aligned.Beads[index]),-12} {Short(pair.Source)} ⇄ {Short(pair.Target)}"));
        }
        if (doubtful.Any(p => !skipped.Contains(p.index)))
        {
            output.WriteLine("(a wrong pair stored: tw tm delete UNIT removes it, tw tm edit UNIT --target TEXT mends it)");
        }
    }

    // the unit the pair became (or was merged into): the same source key and the same target
    private static long UnitOf(ITranslationMemoryStore store, TranslationMemory memory, AlignedPair pair)
    {
        var (source, target) = (pair.Source.Trim(), pair.Target.Trim());
        return store.Load(store.WithSameKey(memory.Id, TextHash.OfKey(source)))
            .Where(unit => unit.Source == source && unit.Target == target).Select(unit => unit.Id).DefaultIfEmpty(0).Max();
    }

    // A point for decimals: System.CommandLine would read "0,5" as 5 (a thousands separator) and the error would say 5.
    private static double ParseConfidence(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return DefaultMinConfidence;
        var text = result.Tokens[0].Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        result.AddError(text.Contains(',', StringComparison.Ordinal)
            ? $"--min-confidence {text}: write the decimal with a point, {text.Replace(',', '.')}."
            : $"--min-confidence {text}: give a confidence from 0 to 1, such as 0.5.");
        return DefaultMinConfidence;
    }

    private static string Short(string text, int length = 60) =>
        text.Length == 0 ? "(nothing)" : text.Length <= length ? text : text[..length] + "…";

    private static void Write(TextWriter writer, string format, AlignedDocument aligned, string sourceLanguage, string targetLanguage, string? file)
    {
        switch (format)
        {
            case "beads":
                BeadFormat.Write(writer, aligned.Beads, withConfidence: true);
                break;
            case "tsv":
                foreach (var pair in aligned.Pairs())
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{OneField(pair.Source)}\t{OneField(pair.Target)}\t{pair.Confidence:F4}"));
                }
                break;
            case "json":
                JsonOutput.Write(writer, new
                {
                    source = aligned.Source,
                    target = aligned.Target,
                    beads = aligned.Beads.Select(b => new { source = b.Source, target = b.Target, confidence = Math.Round(b.Confidence, 4) }),
                });
                break;
            default:
                var memory = new TranslationMemory(0, "alignment", sourceLanguage, targetLanguage, "");
                var stream = file is null ? Console.OpenStandardOutput() : ((StreamWriter)writer).BaseStream;
                using (var tmx = TmxWriter.Create(new KeepOpen(stream), TmxExport.HeaderFor(memory, DateTimeOffset.UtcNow)))
                {
                    var id = 0;
                    foreach (var pair in aligned.Pairs().Where(p => p.Source.Length > 0 && p.Target.Length > 0))
                    {
                        tmx.Write(TmxExport.ToTmx(new MemoryUnit { Id = ++id, Source = pair.Source, Target = pair.Target, Origin = UnitOrigin.Alignment }, memory));
                    }
                }
                break;
        }
    }

    // A TSV field cannot hold a tab or a line break.
    private static string OneField(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static BilingualLexicon LoadLexicon(string path) =>
        path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? GlossaryFile.Load(path)
            : DictdDictionary.Load(path);

    /// <summary>Lets the TMX writer close its stream without closing standard output or the caller's file.</summary>
    private sealed class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        protected override void Dispose(bool disposing) => inner.Flush();
    }
}

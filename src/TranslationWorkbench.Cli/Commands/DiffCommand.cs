using System.CommandLine;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw diff SEGMENT [--from R --to R]` (two revisions of a translation) or `tw diff OLD.txt NEW.txt` (two versions of a document).</summary>
public static class DiffCommand
{
    public static Command Create(GlobalOptions options)
    {
        var targets = new Argument<string[]>("SEGMENT | OLD.txt NEW.txt") { Arity = new ArgumentArity(1, 2), Description = "A segment id, or two text files." };
        var from = new Option<int?>("--from") { Description = "The older revision (default: the one before --to)." };
        var to = new Option<int?>("--to") { Description = "The newer revision (default: the latest)." };
        var language = CommonOptions.Language("--lang", "ar", "The language of the two text files.");
        var json = CommonOptions.Json();
        var command = new Command("diff", "Word diff of two revisions of a segment, or of two versions of a document, sentence by sentence.")
        {
            targets, from, to, language, json,
        };
        command.SetAction(parseResult =>
        {
            var values = parseResult.GetValue(targets)!;
            var output = parseResult.InvocationConfiguration.Output;
            var asJson = parseResult.GetValue(json);
            if (values.Length == 2)
            {
                var changes = DocumentDiff.Compare(TextFile.Read(values[0]), TextFile.Read(values[1]), LanguageCode.Check(parseResult.GetValue(language)!, "--lang"));
                if (asJson) JsonOutput.Write(output, changes);
                else PrintDocument(output, changes);
                return 0;
            }
            if (!long.TryParse(values[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var segmentId))
                throw new InvalidInputException($"{values[0]}: give a segment id, or two text files to compare.");
            using var workspace = options.OpenExisting(parseResult);
            var revisions = workspace.Documents.Revisions(workspace.Documents.Segment(segmentId).Id);
            if (revisions.Count == 0) throw new InvalidInputException($"segment {segmentId} has no translation yet, so no revisions to compare.");
            if (revisions.Count == 1 && parseResult.GetValue(from) is null && parseResult.GetValue(to) is null)
            {
                throw new InvalidInputException($"segment {segmentId} has one revision so far (r1), nothing to compare it with; `tw history {segmentId}` shows it.");
            }
            var newer = parseResult.GetValue(to) ?? revisions[^1].Number;
            var older = parseResult.GetValue(from) ?? Math.Max(1, newer - 1);
            var a = revisions.FirstOrDefault(r => r.Number == older) ?? throw new InvalidInputException($"segment {segmentId} has no revision {older} (it has 1–{revisions.Count}).");
            var b = revisions.FirstOrDefault(r => r.Number == newer) ?? throw new InvalidInputException($"segment {segmentId} has no revision {newer} (it has 1–{revisions.Count}).");
            var diff = WordDiff.Between(a.Target, b.Target);
            if (asJson) JsonOutput.Write(output, new { segment = segmentId, from = older, to = newer, diff = diff.Select(d => new { op = d.Kind, text = d.Text }) });
            else
            {
                output.WriteLine($"segment {segmentId}, r{older} → r{newer}:");
                output.WriteLine($"  {MatchPrinter.Wdiff(diff)}");
            }
            return 0;
        });
        return command;
    }

    private static void PrintDocument(TextWriter output, IReadOnlyList<SentenceChange> changes)
    {
        foreach (var change in changes)
        {
            var line = change.Kind switch
            {
                SentenceChangeKind.Same => $"  {change.Old}",
                SentenceChangeKind.Changed => $"~ {MatchPrinter.Wdiff(change.Diff)}",
                SentenceChangeKind.Removed => $"- {change.Old}",
                _ => $"+ {change.New}",
            };
            output.WriteLine(line);
        }
        output.WriteLine($"{changes.Count(c => c.Kind == SentenceChangeKind.Same)} same, {changes.Count(c => c.Kind == SentenceChangeKind.Changed)} changed, "
            + $"{changes.Count(c => c.Kind == SentenceChangeKind.Removed)} removed, {changes.Count(c => c.Kind == SentenceChangeKind.Added)} added");
    }
}

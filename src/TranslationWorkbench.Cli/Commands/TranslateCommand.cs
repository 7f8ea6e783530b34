using System.CommandLine;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// `tw translate DOC`: the untranslated segments one by one in the terminal, with the best matches and their
/// diffs. Type a translation, or a match's number to take it, an empty line to skip, :q to stop. Reads
/// standard input, so it works with a pipe too. `--segment ID` revises one segment, confirmed or not.
/// </summary>
public static class TranslateCommand
{
    private const int Shown = 3;

    // what a translator types to leave a prompt; as a translation it would go into the memory
    private static readonly HashSet<string> LooksLikeStop = new(StringComparer.OrdinalIgnoreCase) { "q", "quit", "exit", ":quit", ":exit", ":wq", ":x", ":q!", "q!" };

    public static Command Create(GlobalOptions options, Func<TextReader> input)
    {
        var document = new Argument<string>("DOC") { Description = "The document's id or name." };
        var memory = TmCommand.Memory();
        var only = new Option<long?>("--segment") { Description = "Only this segment (its id, as tw show lists them), even if it is confirmed: to revise a translation." };
        var command = new Command("translate", "Translate a document's untranslated segments in the terminal.") { document, memory, only };
        command.SetAction(parseResult =>
        {
            using var workspace = options.OpenExisting(parseResult);
            var found = workspace.Documents.Find(parseResult.GetValue(document)!);
            var all = workspace.Documents.Segments(found.Id);
            // a wrong --segment is an error before anything is printed or made
            var revised = parseResult.GetValue(only);
            var positions = revised is { } id ? [PositionOf(all, id, found)] : Enumerable.Range(0, all.Count);
            var tm = ChosenMemory.Open(parseResult, memory, workspace.Memories, found.SourceLanguage, found.TargetLanguage);
            var output = parseResult.InvocationConfiguration.Output;
            var reader = input();
            var matcher = new FuzzyMatcher(workspace);
            var editor = new SegmentEditor(workspace);
            var confirmed = 0;
            output.WriteLine($"document {found.Id} '{found.Name}': type a translation, a match number, + to confirm a draft, an empty line to skip,"
                + " :q to stop (=TEXT confirms TEXT as it is, a number too).");
            foreach (var position in positions)
            {
                // re-read: confirming one segment can fill its repetitions
                var segment = workspace.Documents.Segment(all[position].Id);
                if (segment.Status.IsDone() && revised is null) continue;
                var matches = matcher.Find(tm, new MatchQuery(segment.Source, SegmentContexts.Of(all, position)), new MatchOptions(Max: Shown + 1))
                    .Where(match => !IsOwnTranslation(match, segment, found)).Take(Shown).ToList();
                output.WriteLine();
                output.WriteLine($"segment {segment.Id} ({position + 1} of {all.Count} in the document)");
                MatchPrinter.Print(output, segment.Source, matches, 50);
                for (var i = 0; i < matches.Count; i++) output.WriteLine($"  {i + 1}: {matches[i].Unit.Target}");
                var draft = segment.Status == SegmentStatus.Draft ? segment.Target : null;
                if (draft is not null) output.WriteLine($"  draft{(segment.MatchScore is { } score ? $" ({score}%)" : "")}: {draft}   (+ confirms it)");
                if (segment.Status.IsDone()) output.WriteLine($"  now ({segment.Status.ToText()}): {segment.Target}   (an empty line keeps it)");
                var line = Ask(output, reader, matches.Count, hasDraft: draft is not null, canChange: draft is not null);
                if (line is null) break;
                if (line.Length == 0) continue;
                // Ask lets a bare number through only when it is one of the matches shown. An exact or context match is
                // confirmed as it is; a fuzzy one is the translation of another sentence, so it is put before the
                // translator to correct first, as a CAT tool inserts it into the target for editing.
                Match? taken = int.TryParse(line, out var number) && !line.StartsWith('=') ? matches[number - 1] : null;
                // what s/OLD/NEW/ changes: the match taken, else the draft
                var corrected = taken?.Unit.Target ?? draft;
                if (taken is { Score: < Scores.Exact })
                {
                    output.WriteLine($"  match {number} ({taken.Score}%), to correct: {taken.Unit.Target}");
                    output.WriteLine("  type the corrected translation, s/OLD/NEW/ to change words in it, + to confirm it as it is, or an empty line to leave the segment");
                    line = Ask(output, reader, matches: 0, hasDraft: true, canChange: true);
                }
                line = Substitute(output, reader, line, ref corrected);
                if (line is null) break;
                if (line.Length == 0) continue;
                var result = taken is not null && (line == "+" || taken.Score >= Scores.Exact)
                        ? editor.Confirm(segment.Id, corrected!, tm, matchScore: taken.Score, usedUnitId: taken.Unit.Id)
                    : taken is not null ? editor.Confirm(segment.Id, line.StartsWith('=') ? line[1..].Trim() : line, tm, matchScore: taken.Score, usedUnitId: taken.Unit.Id)
                    : line == "+" && draft is not null ? editor.Confirm(segment.Id, corrected!, tm, matchScore: segment.MatchScore)
                    : line.StartsWith('=') ? editor.Confirm(segment.Id, line[1..].Trim(), tm)
                    : editor.Confirm(segment.Id, line, tm);
                confirmed++;
                output.WriteLine($"  confirmed{(result.Propagated.Count > 0 ? $"; filled {result.Propagated.Count} identical segment(s)" : "")}");
            }
            output.WriteLine();
            output.WriteLine($"confirmed {confirmed} segment(s); {workspace.Documents.Segments(found.Id).Count(s => !s.Status.IsDone())} left to translate.");
            return 0;
        });
        return command;
    }

    // A confirmed segment's own unit is its translation now, shown as such: as a match it would only offer the same text again.
    private static bool IsOwnTranslation(Match match, DocumentSegment segment, Document document) =>
        segment.Status.IsDone() && match.Unit.Origin == Core.Memory.UnitOrigin.Translation && match.Unit.Document == document.Name && match.Unit.Target == segment.Target;

    private static int PositionOf(IReadOnlyList<DocumentSegment> segments, long id, Document document)
    {
        for (var i = 0; i < segments.Count; i++) if (segments[i].Id == id) return i;
        // the translator may have given the position tw show prints first, not the id after its #
        var atPosition = id >= 1 && id <= segments.Count ? $"; the segment at position {id} is #{segments[(int)id - 1].Id}: --segment {segments[(int)id - 1].Id}" : "";
        throw new Core.InvalidInputException($"--segment {id}: document {document.Id} '{document.Name}' has no segment with id {id}{atPosition} (tw show {document.Id} lists them).");
    }

    // s/OLD/NEW/ lines change the text, shown again after each, until a line that is not one: returned, to confirm
    // the text (+), type another, or leave the segment as it was (an empty line).
    private static string? Substitute(TextWriter output, TextReader reader, string? line, ref string? text)
    {
        while (line is not null && text is not null && Substitution.TryApply(line, text, out var changed, out var problem))
        {
            if (changed is not null) text = changed;
            output.WriteLine(problem is null
                ? $"  now: {text}   (+ confirms it; s/OLD/NEW/ changes more; an empty line leaves the segment as it was)"
                : $"  {problem}");
            line = Ask(output, reader, matches: 0, hasDraft: true, canChange: true);
        }
        return line;
    }

    // The translator's answer, trimmed: null to stop, empty to skip. A bare number must be one of the matches shown,
    // and a bare q or exit is asked about: either would otherwise be confirmed as the translation (and go into the memory).
    // So is a line that begins as s/OLD/NEW/ does but is not one, or one with nothing to change.
    private static string? Ask(TextWriter output, TextReader reader, int matches, bool hasDraft, bool canChange)
    {
        while (true)
        {
            output.Write("> ");
            var line = reader.ReadLine()?.Trim();
            if (line is null || line == ":q") return null;
            // Ctrl+U or an arrow key in a terminal that does not edit lines arrives as a control character
            if (Core.Tmx.XmlCharacters.FirstForbidden(line) is { } problem)
            {
                output.WriteLine($"  the line has {problem}, a control character (Ctrl+U or an arrow key?) that cannot be stored; type it again");
                continue;
            }
            if (LooksLikeStop.Contains(line))
            {
                output.WriteLine($"  to stop, type :q; to confirm {line} as the translation, type ={line}");
                continue;
            }
            if (Substitution.LooksLikeOne(line))
            {
                if (!Substitution.IsOne(line)) output.WriteLine("  s/OLD/NEW/ changes words: it ends with a / (s/seven/nine/), or /g for every one; =TEXT confirms TEXT as it is");
                else if (!canChange) output.WriteLine("  there is no translation here to change: take a match by its number first, then s/OLD/NEW/");
                else return line;
                continue;
            }
            // + confirms a draft; with none it would become the translation "+"
            if (line == "+" && !hasDraft)
            {
                output.WriteLine("  there is no draft to confirm with +; type the translation, a match number, or an empty line to leave it as it is");
                continue;
            }
            if (!int.TryParse(line, out var number) || (number >= 1 && number <= matches)) return line;
            output.WriteLine(matches switch
            {
                0 => $"  there are no matches to take; to confirm {line} as the translation, type ={line}",
                1 => $"  no match {line}: there is 1 match; to confirm {line} as the translation, type ={line}",
                _ => $"  no match {line}: there are {matches} matches; to confirm {line} as the translation, type ={line}",
            });
        }
    }
}

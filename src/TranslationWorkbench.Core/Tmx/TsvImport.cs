using System.Globalization;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Imports tab-separated pairs, "source TAB target" per line.</summary>
/// <remarks>
/// A first line that names the columns ("source TAB target", "ar TAB en") is skipped as a header. A line whose source
/// has no Arabic letter while its target has is skipped as swapped, one whose Arabic side has none at all as unusable,
/// and a file with no usable line is an error.
/// A third column that is a number is taken for an aligner's confidence (<c>tw align --format tsv</c>) and left out; any
/// other text past the target is left out too, but with a warning for its line: it may be the rest of a target that
/// held a TAB.
/// </remarks>
public static class TsvImport
{
    private const string HeaderRow = "a header row";
    private const string SwappedColumns = "the columns look swapped";

    public static ImportReport Run(Workspace.Workspace workspace, string path, string memoryName, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var text = TextFile.Read(path);
        // a unit with U+0015 in it would be stored, then left out of every TMX export: the file is refused, with the place
        XmlCharacters.Check(text, path);
        var otherMemories = NewMemory.OthersIfMissing(workspace.Memories, memoryName);
        using var batch = workspace.Memories.BeginBatch(memoryName, sourceLanguage, targetLanguage);
        var skipped = new List<SkippedUnit>();
        var warnings = new List<string>();
        var read = 0;
        var lineNumber = 0;
        foreach (var line in TextLines.Of(text))
        {
            lineNumber++;
            if (line.IsBlank) continue;
            read++;
            var fields = text.Substring(line.Start, line.Length).Split('\t');
            if (fields.Length < 2)
            {
                skipped.Add(new SkippedUnit(lineNumber, "no TAB between source and target"));
                continue;
            }
            var (source, target) = (fields[0].Trim(), fields[1].Trim());
            if (source.Length == 0 || target.Length == 0)
            {
                skipped.Add(new SkippedUnit(lineNumber, source.Length == 0 ? "the source is empty" : "the target is empty"));
                continue;
            }
            if (read == 1 && IsHeader(source, target, sourceLanguage, targetLanguage))
            {
                skipped.Add(new SkippedUnit(lineNumber, HeaderRow));
                continue;
            }
            if (ArabicScript.IsMissingFrom(source, sourceLanguage) && ArabicScript.HasArabicLetter(target))
            {
                skipped.Add(new SkippedUnit(lineNumber, $"{SwappedColumns} ({targetLanguage} first): the source has no Arabic letter and the target has"));
                continue;
            }
            // a side said to be Arabic without an Arabic letter ("A+ A-", a number): refused by tw tm edit and left out by
            // tw align --commit too, since no Arabic sentence would ever match it
            var withoutArabic = ArabicScript.IsMissingFrom(source, sourceLanguage) ? "source" : ArabicScript.IsMissingFrom(target, targetLanguage) ? "target" : null;
            if (withoutArabic is not null)
            {
                skipped.Add(new SkippedUnit(lineNumber, $"the {withoutArabic} has no Arabic letter"));
                continue;
            }
            if (fields.Skip(2).Any(field => field.Trim().Length > 0) && !IsConfidence(fields))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{path}({lineNumber}): {fields.Length} columns; only the first two, source and target, were imported."));
            }
            batch.Add(new MemoryUnit { Source = source, Target = target, Origin = UnitOrigin.Import });
        }
        // not one line usable (the columns swapped all through, most often): an error, and no new, empty memory
        // (a file with no line at all never gets here: TextFile.Read refuses it)
        if (read > 0 && skipped.Count == read)
        {
            var first = skipped.FirstOrDefault(skip => skip.Reason != HeaderRow) ?? skipped[0];
            var swapped = first.Reason.StartsWith(SwappedColumns, StringComparison.Ordinal)
                ? $" To import it, put the {sourceLanguage} column first (awk -F'\\t' -v OFS='\\t' '{{print $2, $1}}' FILE)."
                : "";
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {(read == 1 ? "its one line" : $"none of its {read:N0} lines")} could {(read == 1 ? "not " : "")}be imported; nothing imported. First: line {first.Line}, {first.Reason}.{swapped}"));
        }
        batch.Commit();
        return new ImportReport(path, batch.Memory.Name, read, batch.Added, batch.Merged, skipped, warnings) { NewMemory = NewMemory.Of(batch, otherMemories) };
    }

    // "source<TAB>target", "ar<TAB>en", "Arabic<TAB>English" (or the two the other way round): column names, not a pair
    private static bool IsHeader(string source, string target, string sourceLanguage, string targetLanguage) =>
        (Is(source, "source") && Is(target, "target")) || (Is(source, sourceLanguage) && Is(target, targetLanguage))
        || (Is(source, targetLanguage) && Is(target, sourceLanguage)) || (Is(source, "arabic") && Is(target, "english"))
        || (Is(source, "english") && Is(target, "arabic"));

    private static bool Is(string field, string name) => field.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static bool IsConfidence(string[] fields) =>
        fields.Skip(3).All(field => field.Trim().Length == 0)
        && double.TryParse(fields[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}

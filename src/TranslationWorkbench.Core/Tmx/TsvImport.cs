using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Imports tab-separated pairs, "source TAB target" per line.</summary>
/// <remarks>
/// A third column that is a number is taken for an aligner's confidence (<c>tw align --format tsv</c>) and left out; any
/// other text past the target is left out too, but with a warning for its line: it may be the rest of a target that
/// held a TAB.
/// </remarks>
public static class TsvImport
{
    public static ImportReport Run(Workspace.Workspace workspace, string path, string memoryName, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var text = TextFile.Read(path);
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
            if (fields.Length > 2 && !IsConfidence(fields))
            {
                warnings.Add($"{path}({lineNumber}): {fields.Length} columns; only the first two, source and target, were imported.");
            }
            batch.Add(new MemoryUnit { Source = source, Target = target, Origin = UnitOrigin.Import });
        }
        batch.Commit();
        return new ImportReport(path, batch.Memory.Name, read, batch.Added, batch.Merged, skipped, warnings);
    }

    private static bool IsConfidence(string[] fields) =>
        fields.Length == 3 && double.TryParse(fields[2].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}

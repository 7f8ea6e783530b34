using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Imports tab-separated pairs, "source TAB target" per line (further columns, such as an aligner's confidence, are ignored).</summary>
public static class TsvImport
{
    public static ImportReport Run(Workspace.Workspace workspace, string path, string memoryName, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var text = TextFile.Read(path);
        using var batch = workspace.Memories.BeginBatch(memoryName, sourceLanguage, targetLanguage);
        var skipped = new List<SkippedUnit>();
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
            batch.Add(new MemoryUnit { Source = source, Target = target, Origin = UnitOrigin.Import });
        }
        batch.Commit();
        return new ImportReport(path, batch.Memory.Name, read, batch.Added, batch.Merged, skipped, []);
    }
}

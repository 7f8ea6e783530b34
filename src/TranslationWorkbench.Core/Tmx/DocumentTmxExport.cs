using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>A document's translated segments (translated, reviewed, or drafts when asked) as a TMX 1.4b file, in document order.</summary>
public static class DocumentTmxExport
{
    /// <param name="replace">Replace a file already there (--force); never a document's original (<see cref="OutputPath"/>).</param>
    public static ExportReport Run(Workspace.Workspace workspace, Document document, string path, bool includeDrafts = false, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(document);
        var segments = workspace.Documents.Segments(document.Id);
        var pairs = new TranslationMemory(0, document.Name, document.SourceLanguage, document.TargetLanguage, document.ImportedAt);
        var fullPath = OutputPath.Check(path, "the TMX", replace, workspace);
        var temporary = fullPath + ".partial";
        var written = 0;
        var leftOut = new List<string>();
        try
        {
            using (var writer = TmxWriter.Create(File.Create(temporary), TmxExport.HeaderFor(pairs, workspace.Clock.GetUtcNow())))
            {
                for (var i = 0; i < segments.Count; i++)
                {
                    var segment = segments[i];
                    if (segment.Target is null || !(segment.Status.IsDone() || includeDrafts)) continue;
                    // created by the first revision, changed by the last (a revised translation is not a new one)
                    var revisions = workspace.Documents.Revisions(segment.Id);
                    var (first, last) = (revisions.FirstOrDefault(), revisions.LastOrDefault());
                    var unit = new MemoryUnit
                    {
                        Id = segment.Id,
                        Source = segment.Source,
                        Target = segment.Target,
                        Origin = UnitOrigin.Translation,
                        Document = document.Name,
                        Context = SegmentContexts.Of(segments, i),
                        ChangedAt = last?.CreatedAt,
                        ChangedBy = last?.Author,
                        CreatedAt = first?.CreatedAt,
                        CreatedBy = first?.Author,
                    };
                    if (writer.TryWrite(TmxExport.ToTmx(unit, pairs), out var problem)) written++;
                    else leftOut.Add($"segment {segment.Position + 1}: {problem}, which XML 1.0 cannot carry; left out");
                }
            }
            File.Move(temporary, fullPath, overwrite: replace);
        }
        finally
        {
            File.Delete(temporary);
        }
        return new ExportReport(path, document.Name, written, leftOut);
    }
}

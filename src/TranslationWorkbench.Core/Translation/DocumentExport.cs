using System.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>
/// The translated document as text, laid out as the original was (its line breaks and paragraphs kept);
/// segments without a translation are left in the source language and counted, and so are the drafts nobody has
/// confirmed (they are in the text).
/// </summary>
public static class DocumentExport
{
    public static (string Text, int Segments, int Untranslated, int Drafts) Text(Workspace.Workspace workspace, Document document)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(document);
        var segments = workspace.Documents.Segments(document.Id);
        var (spaces, trailing) = workspace.Documents.Layout(document.Id);
        var text = new StringBuilder();
        var untranslated = 0;
        var drafts = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Status == SegmentStatus.Draft) drafts++;
            text.Append(spaces[i]);
            if (segments[i].Target is { } target) text.Append(target);
            else
            {
                text.Append(segments[i].Source);
                untranslated++;
            }
        }
        text.Append(trailing);
        return (text.ToString(), segments.Count, untranslated, drafts);
    }

    /// <summary>Writes <see cref="Text"/> to a file as UTF-8 without BOM.</summary>
    /// <param name="replace">Replace a file already there (--force); never a document's original (<see cref="OutputPath"/>).</param>
    public static (int Segments, int Untranslated, int Drafts) Write(Workspace.Workspace workspace, Document document, string path, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var fullPath = OutputPath.Check(path, "the translation", replace, workspace);
        var (text, segments, untranslated, drafts) = Text(workspace, document);
        // CreateNew: a file made since the check is not replaced either
        using (var writer = new StreamWriter(new FileStream(fullPath, replace ? FileMode.Create : FileMode.CreateNew, FileAccess.Write), new UTF8Encoding(false)))
        {
            writer.Write(text);
        }
        return (segments, untranslated, drafts);
    }
}

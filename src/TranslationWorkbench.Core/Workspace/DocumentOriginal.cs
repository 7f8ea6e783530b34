using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>Tells the file a document was imported from, so that nothing is ever written over a translator's source text.</summary>
public static class DocumentOriginal
{
    /// <summary>
    /// The document this file is the original of: one imported from a file of this name whose text the file still holds
    /// (the workspace keeps a file's name and the SHA-256 of its text); null when there is none.
    /// </summary>
    /// <remarks>Only a file with a document's name is read, so that a large TMX about to be replaced costs one query.</remarks>
    public static Document? Of(Workspace workspace, string path)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return null;
        var named = workspace.Documents.ImportedFromFileNamed(Path.GetFileName(path));
        if (named.Count == 0) return null;
        string text;
        try
        {
            text = PageBreaks.AsLineBreaks(TextFile.Read(path));
        }
        catch (InvalidInputException)
        {
            // not Unicode text (a legacy code page named with --encoding at import): its text cannot be compared
            return null;
        }
        var checksum = DocumentStore.Checksum(text);
        return named.FirstOrDefault(document => document.Checksum == checksum);
    }
}

using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>Tells the file a document was imported from, so that nothing is ever written over a translator's source text.</summary>
public static class DocumentOriginal
{
    /// <summary>
    /// The document this file is the original of: one imported from a file of this name whose text the file still holds
    /// (the workspace keeps a file's name and the SHA-256 of its text); null when there is none.
    /// </summary>
    /// <remarks>
    /// Only a file with a document's name is read, so that a large TMX about to be replaced costs one query. The
    /// workspace does not keep the encoding a text came in; a file that is not Unicode is read as the Arabic code pages
    /// tw import suggests (--encoding windows-1256, iso-8859-6), the ones an Arabic original is most likely in.
    /// </remarks>
    public static Document? Of(Workspace workspace, string path)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return null;
        var named = workspace.Documents.ImportedFromFileNamed(Path.GetFileName(path));
        if (named.Count == 0) return null;
        foreach (var encoding in Encodings)
        {
            if (Text(path, encoding) is not { } text) continue;
            var checksum = DocumentStore.Checksum(text);
            if (named.FirstOrDefault(document => document.Checksum == checksum) is { } document) return document;
        }
        return null;
    }

    // Unicode first (null: what tw import reads without --encoding), then the legacy Arabic code pages
    private static readonly string?[] Encodings = [null, "windows-1256", "iso-8859-6"];

    private static string? Text(string path, string? encoding)
    {
        try
        {
            return PageBreaks.AsLineBreaks(TextFile.Read(path, encoding));
        }
        catch (InvalidInputException)
        {
            // not text in this encoding
            return null;
        }
    }
}

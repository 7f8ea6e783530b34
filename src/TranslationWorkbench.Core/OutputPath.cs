namespace TranslationWorkbench.Core;

/// <summary>Checks a file the user asked to have written, before anything is: a clear error instead of .NET's, and no file replaced by a slip.</summary>
public static class OutputPath
{
    /// <summary>The full path; an error when it is a folder or its folder is not there.</summary>
    /// <param name="what">What the file is for, as in "give a file name for the TMX".</param>
    public static string Check(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new InvalidInputException($"{path}: is a folder; give a file name for {what}.");
        if (Path.GetDirectoryName(fullPath) is { } folder && !Directory.Exists(folder)) throw new InvalidInputException($"{path}: there is no folder {folder}.");
        return fullPath;
    }

    /// <summary>
    /// The full path, as <see cref="Check(string, string)"/>; a file already there is an error unless <paramref name="replace"/>
    /// (--force), and never replaced when it is the workspace or the original of one of its documents.
    /// </summary>
    public static string Check(string path, string what, bool replace, Workspace.Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var fullPath = Check(path, what);
        if (!File.Exists(fullPath)) return fullPath;
        if (string.Equals(fullPath, workspace.Path, StringComparison.Ordinal)) throw new InvalidInputException($"{path}: is the workspace itself; give another name.");
        // one slip of tab-completion put the Arabic source where the translation goes: that file is the translator's own work
        if (Workspace.DocumentOriginal.Of(workspace, fullPath) is { } document)
        {
            throw new InvalidInputException(
                $"{path}: is the text document {document.Id} '{document.Name}' was imported from; tw never writes over a document's original, even with --force: give another name.");
        }
        if (!replace) throw new InvalidInputException($"{path}: exists; give --force to replace it.");
        return fullPath;
    }
}

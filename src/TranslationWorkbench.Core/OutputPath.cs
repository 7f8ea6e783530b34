namespace TranslationWorkbench.Core;

/// <summary>Checks a file the user asked to have written, before anything is: a clear error instead of .NET's.</summary>
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
}

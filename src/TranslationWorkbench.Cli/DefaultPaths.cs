namespace TranslationWorkbench.Cli;

/// <summary>Where tw looks for its data when no path is given: the repository's tm/ folder, found from here or from the program.</summary>
public static class DefaultPaths
{
    private const string SolutionFile = "TranslationWorkbench.sln";

    /// <summary>tm/workbench.db in the repository; outside one, in the user's local application data.</summary>
    public static string Workspace() => InTm("workbench.db")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "TranslationWorkbench", "workbench.db");

    /// <summary>tm/demo.db in the repository, else beside the default workspace.</summary>
    public static string DemoWorkspace() => InTm("demo.db") ?? Path.Combine(Path.GetDirectoryName(Workspace())!, "demo.db");

    /// <summary>The bundled sample: copied beside the program at build time, else tm/sample in the repository.</summary>
    public static string SampleFolder()
    {
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "sample");
        if (Directory.Exists(besideProgram)) return besideProgram;
        return InTm("sample") ?? throw new Core.InvalidInputException(
            $"the bundled sample is neither in {besideProgram} nor in a repository's tm/sample; run tw from the repository.");
    }

    /// <summary>../shared/corpora beside the repository, where CI and developers keep the real corpora.</summary>
    public static string SharedCorpora()
    {
        var root = RepositoryRoot(Environment.CurrentDirectory) ?? RepositoryRoot(AppContext.BaseDirectory) ?? Environment.CurrentDirectory;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora"));
    }

    private static string? InTm(string name)
    {
        var root = RepositoryRoot(Environment.CurrentDirectory) ?? RepositoryRoot(AppContext.BaseDirectory);
        return root is null ? null : Path.Combine(root, "tm", name);
    }

    private static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder.FullName;
        }
        return null;
    }
}

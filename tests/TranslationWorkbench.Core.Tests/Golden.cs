using System.Runtime.CompilerServices;

namespace TranslationWorkbench.Core.Tests;

/// <summary>Compares rendered output with a file under TestData/; UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class Golden
{
    public static void Matches(string actual, string relativePath, [CallerFilePath] string callerFile = "")
    {
        var projectFolder = ProjectFolder(callerFile);
        var path = Path.Combine(projectFolder, "TestData", relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}; run the tests once with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string ProjectFolder(string callerFile)
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(callerFile)!); folder is not null; folder = folder.Parent)
        {
            if (folder.GetFiles("*.csproj").Length > 0) return folder.FullName;
        }
        throw new InvalidOperationException($"no test project above {callerFile}");
    }
}

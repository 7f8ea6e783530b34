namespace TranslationWorkbench.Core.Tests;

/// <summary>Files under TestData/ (copied beside the test assembly; origins in TestData/README.md).</summary>
internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string[] Lines(params string[] parts) => File.ReadAllLines(Path(parts));
}

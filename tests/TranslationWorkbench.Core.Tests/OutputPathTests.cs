using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests;

public sealed class OutputPathTests : IDisposable
{
    private const string Arabic = "جملة أولى. جملة ثانية.\n";

    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public OutputPathTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Check_ANewFile_IsItsFullPath()
    {
        Assert.Equal(folder.File("welsh.en.txt"), OutputPath.Check(folder.File("welsh.en.txt"), "the translation", replace: false, workspace));
    }

    [Fact]
    public void Check_AFileThere_IsRefusedWithoutReplace_AndAllowedWithIt()
    {
        var path = folder.Write("welsh.en.txt", "earlier work");

        var error = Assert.Throws<InvalidInputException>(() => OutputPath.Check(path, "the translation", replace: false, workspace));

        Assert.Equal($"{path}: exists; give --force to replace it.", error.Message);
        Assert.Equal(path, OutputPath.Check(path, "the translation", replace: true, workspace));
        Assert.Equal("earlier work", File.ReadAllText(path));
    }

    [Fact]
    public void Check_TheFileADocumentWasImportedFrom_IsRefusedEvenWithReplace()
    {
        // Given the Arabic source imported from a file (with a BOM and CRLF: the text compared is the one imported)
        var path = folder.Write("welsh.ar.txt", "\uFEFF" + Arabic.Replace("\n", "\r\n", StringComparison.Ordinal));
        var document = workspace.Documents.Import(path, "ar", "en").Document;

        // When the translation would be written over it, --force or not
        var error = Assert.Throws<InvalidInputException>(() => OutputPath.Check(path, "the translation", replace: true, workspace));

        // Then it is refused, naming the document
        Assert.Equal(
            $"{path}: is the text document {document.Id} 'welsh.ar' was imported from; tw never writes over a document's original, even with --force: give another name.",
            error.Message);
    }

    [Fact]
    public void Check_AnOriginalInALegacyArabicCodePage_IsRefusedEvenWithReplace()
    {
        // Given the Arabic source imported from a Windows-1256 file (found in review: --force replaced it)
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = folder.File("legacy.ar.txt");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding("windows-1256").GetBytes(Arabic));
        var document = workspace.Documents.Import(path, "ar", "en", encoding: "windows-1256").Document;

        var error = Assert.Throws<InvalidInputException>(() => OutputPath.Check(path, "the translation", replace: true, workspace));

        Assert.StartsWith($"{path}: is the text document {document.Id} 'legacy.ar' was imported from", error.Message);
    }

    [Fact]
    public void Check_AFileWithADocumentsNameButAnotherText_IsReplacedWhenAsked()
    {
        // Given a document imported from welsh.ar.txt in one folder, and another file of that name elsewhere
        workspace.Documents.Import(folder.Write("welsh.ar.txt", Arabic), "ar", "en");
        Directory.CreateDirectory(folder.File("other"));
        var other = folder.Write(Path.Combine("other", "welsh.ar.txt"), "an older export");

        // Then that one is no document's original: --force replaces it
        Assert.Equal(other, OutputPath.Check(other, "the translation", replace: true, workspace));
    }

    [Fact]
    public void Check_TheWorkspaceItself_IsRefusedEvenWithReplace()
    {
        var error = Assert.Throws<InvalidInputException>(() => OutputPath.Check(workspace.Path, "the TMX", replace: true, workspace));

        Assert.Equal($"{workspace.Path}: is the workspace itself; give another name.", error.Message);
    }
}

using Dapper;
using Microsoft.Extensions.Time.Testing;
using TranslationWorkbench.Core.Workspace;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Workspace;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;

    public DocumentStoreTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.FromHours(3)));
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), clock, "test");
    }

    public void Dispose() => folder.Dispose();

    private static string Seed => TestData.Path("sample", "rudaw-2020-02-07-caggins-interview.ar.txt");

    [Fact]
    public void Import_SeedInterview_StoresItsSegmentsInOrder()
    {
        var import = workspace.Documents.Import(Seed, "ar", "en");

        var segments = workspace.Documents.Segments(import.Document.Id);
        var expected = File.ReadAllLines(TestData.Path("sample", "rudaw-2020-02-07-caggins-interview.ar.sentences"));
        Assert.False(import.AlreadyImported);
        Assert.Equal("rudaw-2020-02-07-caggins-interview.ar", import.Document.Name);
        Assert.Equal("2020-02-07T06:30:00Z", import.Document.ImportedAt);
        Assert.Equal(expected, segments.Select(segment => segment.Source));
        Assert.Equal(Enumerable.Range(0, expected.Length), segments.Select(segment => segment.Position));
        Assert.All(segments, segment => Assert.Equal(SegmentStatus.New, segment.Status));
        Assert.Equal(import.Words, segments.Sum(segment => segment.Words));
        Assert.Equal(segments.Count, import.Segments);
    }

    [Fact]
    public void Import_SameTextTwice_SaysSoAndStoresItOnce()
    {
        var first = workspace.Documents.Import(Seed, "ar", "en");

        var second = workspace.Documents.Import(Seed, "ar", "en", name: "again");

        Assert.True(second.AlreadyImported);
        Assert.Equal(first.Document, second.Document);
        Assert.Equal(first.Segments, second.Segments);
        Assert.Single(workspace.Documents.List());
    }

    [Fact]
    public void Import_SegmentsGetParagraphsAndMatchKeyHashes()
    {
        var import = workspace.Documents.ImportText("الى العراق. إلى العراق.\n\nفقرة ثانية.", "t.txt", "ar", "en");

        var segments = workspace.Documents.Segments(import.Document.Id);

        Assert.Equal([0, 0, 1], segments.Select(segment => segment.Paragraph));
        Assert.Equal(segments[0].SourceHash, segments[1].SourceHash); // hamza forms fold to one key
        Assert.NotEqual(segments[0].SourceHash, segments[2].SourceHash);
    }

    [Fact]
    public void Import_APageBreak_IsALineBreak_AndTheFileStaysItsOriginal()
    {
        // pdftotext's form feed between pages, a word processor's manual line break: no TMX could carry either
        var path = folder.Write("pdf.txt", "آخر جملة في الصفحة الأولى\fأول جملة في الثانية\vوسطر بعدها.\n");

        var import = workspace.Documents.Import(path, "ar", "en");

        Assert.Equal(["آخر جملة في الصفحة الأولى", "أول جملة في الثانية", "وسطر بعدها."], workspace.Documents.Segments(import.Document.Id).Select(s => s.Source));
        Assert.Equal(import.Document, DocumentOriginal.Of(workspace, path));
        Assert.True(workspace.Documents.Import(path, "ar", "en").AlreadyImported);
    }

    [Fact]
    public void List_ReportsProgressInSegmentsAndWords_DraftsApart()
    {
        var import = workspace.Documents.ImportText("واحد اثنان. ثلاثة. أربعة خمسة ستة.", "t.txt", "ar", "en");
        using (var connection = workspace.Connect())
        {
            connection.Execute("UPDATE segment SET target = 'One two.', status = 'translated' WHERE document_id = @Id AND position = 0", import.Document);
            connection.Execute("UPDATE segment SET target = 'Four five six.', status = 'draft' WHERE document_id = @Id AND position = 2", import.Document);
        }

        var progress = Assert.Single(workspace.Documents.List());

        Assert.Equal((3, 1, 6, 2), (progress.Segments, progress.TranslatedSegments, progress.Words, progress.TranslatedWords));
        Assert.Equal((1, 3), (progress.DraftSegments, progress.DraftWords));
    }

    [Fact]
    public void Find_ByIdOrName_OrSaysHowToList()
    {
        var import = workspace.Documents.ImportText("نص.", "t.txt", "ar", "en", name: "interview");

        Assert.Equal(import.Document, workspace.Documents.Find(import.Document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(import.Document, workspace.Documents.Find("interview"));
        var error = Assert.Throws<InvalidInputException>(() => workspace.Documents.Find("nope"));
        Assert.Equal($"no document 'nope' in {workspace.Path}; `tw docs` lists them.", error.Message);
    }

    [Fact]
    public void Delete_RemovesTheDocumentWithItsSegments()
    {
        var import = workspace.Documents.ImportText("نص أول. نص ثان.", "t.txt", "ar", "en");

        Assert.True(workspace.Documents.Delete(import.Document.Id));

        using var connection = workspace.Connect();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM segment"));
        Assert.Empty(workspace.Documents.List());
    }

    [Theory]
    [InlineData("  \n\t ", "ar", "t.txt: contains no text, only white space.")]
    [InlineData("نص.", "arabic!", "source language: 'arabic!' is not a BCP 47 language code (like ar, en, en-GB).")]
    [InlineData("نص أول.\nنص\u0015 ثان.", "ar", "t.txt(2,3): U+0015, a control character, cannot be stored (TMX cannot carry it).")]
    public void ImportText_BadInput_IsAnErrorAndWritesNothing(string text, string language, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => workspace.Documents.ImportText(text, "t.txt", language, "en"));

        Assert.Equal(message, error.Message);
        Assert.Empty(workspace.Documents.List());
    }

    [Theory]
    [InlineData("نص عربي.", "en", "en", "t.txt: is written in Arabic script, yet it would be imported as en; is it ar (--lang ar)?")]
    [InlineData("نص عربي.", "en", "ar", "t.txt: is written in Arabic script, yet it would be imported as en; is it ar (--lang ar --target-lang en)?")]
    [InlineData("نص عربي.", "fr", "en", "t.txt: is written in Arabic script, yet it would be imported as fr; is it ar (--lang ar)?")]
    [InlineData("An English text.", "en", "en", "t.txt: the source and target languages are both en; give the text's own language (--lang) and the one it is translated into (--target-lang).")]
    [InlineData("An English text.", "ar", "en", "t.txt: has not one Arabic letter, yet it would be imported as ar; if it is the translation of an Arabic text, align the two (tw align ARABIC.txt t.txt); if it is a text to translate, give its language and the one it goes into, such as --lang en --target-lang ar.")]
    [InlineData("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ar\"><seg>نص</seg></tuv></tu></body></tmx>", "ar", "en", "t.txt: is a TMX file (XML); to bring its units into a memory use tw tm import.")]
    [InlineData("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"ar\"><source>نص</source></file></xliff>", "ar", "en", "t.txt: is an XLIFF file (XML), not plain text.")]
    [InlineData("<?xml version=\"1.0\"?>\n<nodes><node>نص</node></nodes>", "ar", "en", "t.txt: is an XML file, not plain text.")]
    public void ImportText_NotATextInTheLanguageSaid_IsAnError_WhoseAdviceWorks(string text, string source, string target, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => workspace.Documents.ImportText(text, "t.txt", source, target));

        Assert.Equal(message, error.Message);
        Assert.Empty(workspace.Documents.List());
    }

    [Fact]
    public void ImportText_Advice_IsInTheWordsOfWhereTheTextCameIn()
    {
        var form = new ImportAdvice("From", "To", ", ", "on the Alignment page", "use the Memory page's Import TMX or TSV");

        var english = Assert.Throws<InvalidInputException>(() => workspace.Documents.ImportText("An English text.", "t.txt", "ar", "en", advice: form));
        var arabic = Assert.Throws<InvalidInputException>(() => workspace.Documents.ImportText("نص عربي.", "t.txt", "en", "ar", advice: form));

        Assert.EndsWith("align the two (on the Alignment page); if it is a text to translate, give its language and the one it goes into, such as From en, To ar.", english.Message);
        Assert.EndsWith("is it ar (From ar, To en)?", arabic.Message);
        var tmx = Assert.Throws<InvalidInputException>(() => workspace.Documents.ImportText("<tmx version=\"1.4\">", "t.tmx", "ar", "en", advice: form));
        Assert.Equal("t.tmx: is a TMX file (XML); to bring its units into a memory use the Memory page's Import TMX or TSV.", tmx.Message);
    }
}

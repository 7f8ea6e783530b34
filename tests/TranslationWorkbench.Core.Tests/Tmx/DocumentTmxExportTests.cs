using Microsoft.Extensions.Time.Testing;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Translation;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class DocumentTmxExportTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.Zero));
    private readonly WorkspaceFile workspace;

    public DocumentTmxExportTests() => workspace = WorkspaceFile.Open(folder.File("workbench.db"), clock, "layla");

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Run_ARevisedTranslation_IsCreatedAtItsFirstRevisionAndChangedAtItsLast()
    {
        var document = workspace.Documents.ImportText("هل استأنف التحالف الدولي مهامه؟\n", "doc.txt", "ar", "en").Document;
        var segment = workspace.Documents.Segments(document.Id)[0];
        var memory = workspace.Memories.Open("default", "ar", "en");
        var editor = new SegmentEditor(workspace);
        editor.Confirm(segment.Id, "Has the coalition resumed its missions?", memory);
        clock.Advance(TimeSpan.FromSeconds(14));
        editor.Confirm(segment.Id, "Has the international coalition resumed its missions?", memory);

        DocumentTmxExport.Run(workspace, document, folder.File("doc.tmx"));

        using var reader = TmxReader.Open(folder.File("doc.tmx"));
        var audit = reader.Units().Single().Audit;
        Assert.Equal(new DateTimeOffset(2020, 2, 7, 9, 30, 0, TimeSpan.Zero), audit.CreationDate);
        Assert.Equal(new DateTimeOffset(2020, 2, 7, 9, 30, 14, TimeSpan.Zero), audit.ChangeDate);
    }
}

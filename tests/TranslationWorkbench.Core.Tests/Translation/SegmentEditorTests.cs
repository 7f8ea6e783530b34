using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Translation;

public sealed class SegmentEditorTests : IDisposable
{
    private const string Text = "رووداو – أربيل\n\nقال المتحدث إن الوضع مستقر. وأضاف أن داعش ينشط.\n\nقال المتحدث إن الوضع مستقر.\n";

    private readonly TempFolder folder = new();
    private readonly WorkspaceFile workspace;
    private readonly Document document;
    private readonly TranslationMemory memory;
    private readonly SegmentEditor editor;

    public SegmentEditorTests()
    {
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "layla");
        document = workspace.Documents.ImportText(Text, "doc.txt", "ar", "en", "doc").Document;
        memory = workspace.Memories.Open("default", "ar", "en");
        editor = new SegmentEditor(workspace);
    }

    public void Dispose()
    {
        workspace.Dispose();
        folder.Dispose();
    }

    private IReadOnlyList<DocumentSegment> Segments => workspace.Documents.Segments(document.Id);

    [Fact]
    public void Confirm_WritesTheMemoryWithContext_RecordsARevision_AndFillsIdenticalSegments()
    {
        var segments = Segments;

        var confirmation = editor.Confirm(segments[1].Id, "  The spokesman said the situation is stable. ", memory);

        var after = Segments;
        Assert.Equal((SegmentStatus.Translated, "The spokesman said the situation is stable.", TargetOrigins.Translation), (after[1].Status, after[1].Target, after[1].TargetOrigin));
        Assert.Equal([segments[3].Id], confirmation.Propagated);
        Assert.Equal((SegmentStatus.Translated, TargetOrigins.Propagation, 100), (after[3].Status, after[3].TargetOrigin, after[3].MatchScore));
        var unit = Assert.Single(workspace.Memories.Units(memory));
        Assert.Equal((confirmation.UnitId, UnitOrigin.Translation, "doc", "layla"), (unit.Id, unit.Origin, unit.Document, unit.CreatedBy));
        Assert.Equal(UnitContext.Between(segments[0].Source, segments[2].Source), unit.Context);
        Assert.Single(workspace.Documents.Revisions(segments[3].Id));
    }

    [Fact]
    public void ConfirmAgain_UpdatesTheSameUnitAndKeepsEveryRevision()
    {
        var id = Segments[1].Id;
        editor.Confirm(id, "First try.", memory);
        editor.SaveDraft(id, "Second try, not confirmed.");

        editor.Confirm(id, "Third try.", memory, SegmentStatus.Reviewed);

        var unit = Assert.Single(workspace.Memories.Units(memory));
        Assert.Equal("Third try.", unit.Target);
        var revisions = workspace.Documents.Revisions(id);
        Assert.Equal(["First try.", "Second try, not confirmed.", "Third try."], revisions.Select(r => r.Target));
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal([SegmentStatus.Translated, SegmentStatus.Draft, SegmentStatus.Reviewed], revisions.Select(r => r.Status));
    }

    [Fact]
    public void Confirm_DoesNotOverwriteARepetitionSomeoneAlreadyTranslated()
    {
        var segments = Segments;
        editor.Confirm(segments[3].Id, "Translated on its own.", memory);

        var confirmation = editor.Confirm(segments[1].Id, "Another wording.", memory);

        Assert.Empty(confirmation.Propagated);
        Assert.Equal("Translated on its own.", Segments[3].Target);
    }

    [Fact]
    public void Confirm_EmptyTranslation_IsAnErrorAndChangesNothing()
    {
        var error = Assert.Throws<InvalidInputException>(() => editor.Confirm(Segments[1].Id, "   ", memory));

        Assert.Equal("the translation is empty; type one, or leave the segment.", error.Message);
        Assert.Empty(workspace.Memories.Units(memory));
        Assert.Null(Segments[1].Target);
    }

    [Theory]
    [InlineData("\u0015Has the coalition resumed its missions?", "U+0015 at character 1")]
    [InlineData("Has the coalition\u001b[A resumed its missions?", "U+001B at character 18")]
    public void Confirm_AControlCharacter_IsAnErrorAndChangesNothing(string target, string place)
    {
        var error = Assert.Throws<InvalidInputException>(() => editor.Confirm(Segments[1].Id, target, memory));

        Assert.StartsWith($"the translation has {place}, a control character", error.Message);
        Assert.Empty(workspace.Memories.Units(memory));
        Assert.Null(Segments[1].Target);
        Assert.Throws<InvalidInputException>(() => editor.SaveDraft(Segments[1].Id, target));
        Assert.Null(Segments[1].Target);
    }

    [Fact]
    public void ExportText_KeepsTheLayout_AndLeavesUntranslatedSegmentsInArabic()
    {
        editor.Confirm(Segments[0].Id, "Rudaw – Erbil", memory);
        editor.Confirm(Segments[1].Id, "The spokesman said the situation is stable.", memory);

        var (text, _, untranslated, _) = DocumentExport.Text(workspace, document);

        Assert.Equal("Rudaw – Erbil\n\nThe spokesman said the situation is stable. وأضاف أن داعش ينشط.\n\nThe spokesman said the situation is stable.\n", text);
        Assert.Equal(1, untranslated);
    }
}

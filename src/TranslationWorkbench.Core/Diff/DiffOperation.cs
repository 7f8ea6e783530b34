namespace TranslationWorkbench.Core.Diff;

/// <summary>A run of text a diff keeps, deletes or inserts.</summary>
public sealed record DiffOperation(DiffKind Kind, string Text);

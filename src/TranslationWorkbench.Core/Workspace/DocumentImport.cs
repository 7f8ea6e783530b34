namespace TranslationWorkbench.Core.Workspace;

/// <summary>What importing a text did: the document, and whether it was already there (then nothing was written).</summary>
public sealed record DocumentImport(Document Document, bool AlreadyImported, int Segments, int Words);

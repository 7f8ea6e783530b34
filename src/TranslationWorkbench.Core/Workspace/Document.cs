namespace TranslationWorkbench.Core.Workspace;

/// <summary>A source text the translator imported, cut into segments.</summary>
public sealed record Document(
    long Id,
    string Name,
    string SourceLanguage,
    string TargetLanguage,
    string OriginFile,
    string Checksum,
    string ImportedAt);

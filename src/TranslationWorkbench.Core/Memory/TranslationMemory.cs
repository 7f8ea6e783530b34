namespace TranslationWorkbench.Core.Memory;

/// <summary>A named translation memory for one language pair.</summary>
public sealed record TranslationMemory(long Id, string Name, string SourceLanguage, string TargetLanguage, string CreatedAt)
{
    /// <summary>The memory commands use when none is named.</summary>
    public const string DefaultName = "default";
}

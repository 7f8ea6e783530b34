namespace TranslationWorkbench.Core.Diff;

/// <summary>What happened to a sentence between two versions of a document.</summary>
public enum SentenceChangeKind
{
    Same,
    Changed,
    Removed,
    Added,
}

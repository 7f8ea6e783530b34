namespace TranslationWorkbench.Core.Diff;

/// <summary>A piece of a word diff: in both texts, only in the old one, only in the new one.</summary>
public enum DiffKind
{
    Equal,
    Delete,
    Insert,
}

namespace TranslationWorkbench.Core.Workspace;

/// <summary>Where a segment's translation stands. Only translated and reviewed count as done.</summary>
public enum SegmentStatus
{
    New,
    Draft,
    Translated,
    Reviewed,
}

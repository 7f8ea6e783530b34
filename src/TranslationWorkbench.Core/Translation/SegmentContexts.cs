using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>The context of a document's segment for context (101%) matches: the source segments before and after it.</summary>
public static class SegmentContexts
{
    public static UnitContext Of(IReadOnlyList<DocumentSegment> segments, int index)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return UnitContext.Between(
            index > 0 ? segments[index - 1].Source : null,
            index + 1 < segments.Count ? segments[index + 1].Source : null);
    }
}

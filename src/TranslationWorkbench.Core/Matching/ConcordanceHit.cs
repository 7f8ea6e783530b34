using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>A unit whose source or target holds the words looked for, with every place they stand, first to last.</summary>
public sealed record ConcordanceHit(MemoryUnit Unit, IReadOnlyList<TextSpan> SourceHits, IReadOnlyList<TextSpan> TargetHits)
{
    /// <summary>The first place in the source, or null.</summary>
    public TextSpan? InSource => SourceHits.Count > 0 ? SourceHits[0] : null;

    /// <summary>The first place in the target, or null.</summary>
    public TextSpan? InTarget => TargetHits.Count > 0 ? TargetHits[0] : null;
}

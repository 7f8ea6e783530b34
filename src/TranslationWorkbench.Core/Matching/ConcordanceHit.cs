using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>A unit whose source or target holds the words looked for, with where they are.</summary>
public sealed record ConcordanceHit(MemoryUnit Unit, TextSpan? InSource, TextSpan? InTarget);

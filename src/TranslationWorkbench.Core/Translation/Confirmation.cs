using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>What confirming a segment did: its new state, the memory unit written, the identical segments filled from it.</summary>
public sealed record Confirmation(DocumentSegment Segment, long UnitId, IReadOnlyList<long> Propagated);

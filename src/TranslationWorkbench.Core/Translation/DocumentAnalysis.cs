using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>A document analysed against a memory: every band with its segments and words, and each segment's best score.</summary>
public sealed record DocumentAnalysis(Document Document, string Memory, IReadOnlyList<BandCount> Bands, IReadOnlyList<SegmentAnalysis> Segments)
{
    public int TotalSegments => Bands.Sum(band => band.Segments);

    public int TotalWords => Bands.Sum(band => band.Words);
}

namespace TranslationWorkbench.Core.Workspace;

/// <summary>How far a document's translation has got: segments and words, translated (or reviewed) out of all.</summary>
/// <remarks>Drafts (pre-translated, or typed and not confirmed) are counted apart: nobody has confirmed them yet.</remarks>
public sealed record DocumentProgress(
    Document Document,
    long Segments,
    long TranslatedSegments,
    long Words,
    long TranslatedWords)
{
    public long DraftSegments { get; init; }

    public long DraftWords { get; init; }

    public double Percent => Words == 0 ? 100 : 100.0 * TranslatedWords / Words;
}

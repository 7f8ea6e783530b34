namespace TranslationWorkbench.Core.Workspace;

/// <summary>How far a document's translation has got: segments and words, translated (or reviewed) out of all.</summary>
public sealed record DocumentProgress(
    Document Document,
    long Segments,
    long TranslatedSegments,
    long Words,
    long TranslatedWords)
{
    public double Percent => Words == 0 ? 100 : 100.0 * TranslatedWords / Words;
}

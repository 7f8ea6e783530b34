namespace TranslationWorkbench.Core.Alignment;

/// <summary>How <see cref="SentenceAligner"/> works: bead sizes, search band, and which lexical evidence it uses.</summary>
/// <param name="MaxSentencesPerSide">
/// The largest N of 1-N and N-1 beads (2-2 is always allowed). Arabic news answers are single comma-chained
/// sentences that translators split into up to five English ones, so the default is 5.
/// </param>
/// <param name="BandWidth">
/// Half-width, in sentences, of the search band around the expected path; documents small enough are searched
/// whole. The band is moved and searched again when the best path runs along its edge.
/// </param>
/// <param name="LearnLexicon">Align twice, the second time with word pairs learned from the first (hunalign's -realign).</param>
/// <param name="Lexicon">A bilingual dictionary to use as evidence, or null for none.</param>
/// <param name="UseParagraphs">Take paragraph breaks as evidence when both sides have more than one paragraph.</param>
public sealed record AlignerOptions(
    int MaxSentencesPerSide = 5,
    int BandWidth = 20,
    bool LearnLexicon = true,
    BilingualLexicon? Lexicon = null,
    bool UseParagraphs = true)
{
    public static AlignerOptions Default { get; } = new();
}

using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Translation;

/// <summary>What pre-translation did: segments looked at (those without a translation), filled, and per band.</summary>
/// <param name="NumbersToCheck">Drafts filled from a match whose numbers are not the segment's: the translation is
/// usable, its numbers are not.</param>
/// <param name="QuestionsToCheck">Drafts filled from a match with the same words but a question mark more or fewer:
/// a question for a statement, or the other way round.</param>
public sealed record PretranslationReport(
    int Untranslated, int Filled, IReadOnlyList<BandCount> FilledByBand, IReadOnlyList<DraftNumbers> NumbersToCheck, IReadOnlyList<DraftQuestion> QuestionsToCheck);

/// <summary>A draft whose match had other numbers than the segment (position is 0-based in the document).</summary>
public sealed record DraftNumbers(long SegmentId, int Position, int Score, NumberDifference Numbers);

namespace TranslationWorkbench.Core.Matching;

/// <summary>Numbers the text has that the match's source lacks, and the other way round: the match is usable, its numbers are not.</summary>
public sealed record NumberDifference(IReadOnlyList<string> OnlyInText, IReadOnlyList<string> OnlyInMatch);

namespace TranslationWorkbench.Core.Matching;

/// <summary>How to look up: the lowest score wanted, how many matches, and whether to verify every candidate.</summary>
/// <param name="Exhaustive">Verify every unit that could reach <paramref name="MinScore"/> instead of the best-weighted candidates: guarantees every match above the threshold.</param>
public sealed record MatchOptions(int MinScore = 50, int Max = 5, bool Exhaustive = false);

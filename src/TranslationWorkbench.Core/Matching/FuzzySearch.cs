namespace TranslationWorkbench.Core.Matching;

/// <summary>What an index search found, best first, and how much work it took: candidates read from the postings and candidates verified.</summary>
public sealed record FuzzySearch(IReadOnlyList<FuzzyHit> Hits, int Candidates, int Verified);

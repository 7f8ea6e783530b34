namespace TranslationWorkbench.Core.Matching;

/// <summary>A unit the index found, with its word edit distance to the query and the score that gives.</summary>
public readonly record struct FuzzyHit(long UnitId, int Distance, int QueryLength, int UnitLength)
{
    /// <summary>100 × (1 − distance / max(n, m)), rounded down.</summary>
    public int Score => Scores.Fuzzy(Distance, QueryLength, UnitLength);
}

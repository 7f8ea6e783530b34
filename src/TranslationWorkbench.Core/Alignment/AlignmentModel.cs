namespace TranslationWorkbench.Core.Alignment;

/// <summary>The numbers behind a bead's cost (in nats: a cost is a negative log-probability, more or less).</summary>
/// <remarks>
/// The length parameters are NTREX's; the priors are Gale and Church's. The evidence weights, the deletion cost
/// per character and the temperature were chosen on a synthetic set built from TICO-19 (a different corpus from
/// the NTREX dev set the tests score on) and rounded; the dev set's strict F1 stays within about a point across
/// the settings tried.
/// </remarks>
/// <param name="LengthRatio">English characters per Arabic character: 1.07 on NTREX (Gale–Church's default of 1 fits Arabic badly).</param>
/// <param name="LengthVariance">Variance of the English length per Arabic character: 3.6 on NTREX (Gale–Church: 6.8).</param>
/// <param name="RatioPriorCharacters">How many Arabic characters' worth of belief <paramref name="LengthRatio"/> holds against the document's own ratio.</param>
/// <param name="OneToOne">P(1-1); <paramref name="Deletion"/> is P(1-0) and P(0-1) each, <paramref name="TwoToOne"/> P(2-1) and P(1-2) each, <paramref name="TwoToTwo"/> P(2-2).</param>
/// <param name="EachFurtherSentence">P(1-N) = P(1-2) times this for each sentence past two.</param>
/// <param name="DeletionPerCharacter">What a 1-0 or 0-1 bead costs per character left unaligned: a long sentence is seldom left out.</param>
/// <param name="NumberWeight">What sharing a number is worth, before rarity; the other weights likewise for Latin-script words, name
/// skeletons of three classes or more and of two, marks, dictionary translations and learned translations.</param>
/// <param name="ParagraphMismatch">Cost of a bead that opens a paragraph on one side only.</param>
/// <param name="ParagraphCrossing">Cost of each paragraph break inside a bead.</param>
/// <param name="IdfCap">Rarity weights are ln(sentences / sentences with the concept), capped at ln(IdfCap).</param>
/// <param name="Temperature">Costs are divided by it before they become posterior probabilities (the confidence).</param>
internal sealed record AlignmentModel(
    double LengthRatio = 1.07,
    double LengthVariance = 3.6,
    double RatioPriorCharacters = 2000,
    double OneToOne = 0.89,
    double Deletion = 0.005,
    double TwoToOne = 0.0445,
    double TwoToTwo = 0.011,
    double EachFurtherSentence = 0.25,
    double DeletionPerCharacter = 0.01,
    double NumberWeight = 1.5,
    double LatinWordWeight = 1.5,
    double NameWeight = 1.2,
    double ShortNameWeight = 0.45,
    double MarkWeight = 0.75,
    double DictionaryWeight = 0.75,
    double LearnedWeight = 0.75,
    double IdfCap = 50,
    double ParagraphMismatch = 4,
    double ParagraphCrossing = 4,
    double Temperature = 1.25)
{
    public static AlignmentModel Default { get; } = new();

    /// <summary>-ln P(shape): Gale and Church (1993) Table 5 for 1-1, 1-0, 2-1 and 2-2, each sentence beyond two costing a further factor.</summary>
    public double PriorCost(int source, int target)
    {
        var (small, large) = source <= target ? (source, target) : (target, source);
        var probability = (small, large) switch
        {
            (1, 1) => OneToOne,
            (0, 1) => Deletion,
            (2, 2) => TwoToTwo,
            (1, _) => TwoToOne * Math.Pow(EachFurtherSentence, large - 2),
            _ => throw new ArgumentOutOfRangeException(nameof(source), $"no prior for a {source}-{target} bead"),
        };
        return -Math.Log(probability);
    }

    public double WeightOf(ConceptKind kind) => kind switch
    {
        ConceptKind.Number => NumberWeight,
        ConceptKind.Word => LatinWordWeight,
        ConceptKind.Name => NameWeight,
        ConceptKind.ShortName => ShortNameWeight,
        ConceptKind.Mark => MarkWeight,
        _ => 0,
    };
}

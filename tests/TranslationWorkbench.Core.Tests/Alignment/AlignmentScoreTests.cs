using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

/// <summary>Expected figures were worked out by hand and checked against Vecalign's score.py on the same beads.</summary>
public sealed class AlignmentScoreTests
{
    [Fact]
    public void Compute_IdenticalAlignments_ScoresOne()
    {
        var gold = Beads("[0]:[0]", "[1,2]:[1]", "[3]:[]", "[]:[2]");

        var score = AlignmentScore.Compute(gold, Beads("[0]:[0]", "[1,2]:[1]", "[3]:[]", "[]:[2]"));

        Assert.Equal((1.0, 1.0, 1.0, 1.0), (score.PrecisionStrict, score.RecallStrict, score.F1Strict, score.F1Lax));
    }

    [Fact]
    public void Compute_SplitBeadAndInventedInsertion_CountsAsScorePyDoes()
    {
        // Given gold 0-0, 1-(1,2), a deletion of 2; the prediction splits 1-(1,2) into 1-1 and an insertion of 2
        var gold = Beads("[0]:[0]", "[1]:[1,2]", "[2]:[]");
        var predicted = Beads("[0]:[0]", "[1]:[1]", "[]:[2]", "[2]:[]");

        var score = AlignmentScore.Compute(gold, predicted);

        // Then precision looks at all four predicted beads: [0]:[0] and the deletion [2]:[] are right; [1]:[1]
        // overlaps [1]:[1,2] on both sides (laxly right); the insertion []:[2] has no source, so is wrong even laxly.
        Assert.Equal((2, 2, 3, 1), (score.PredictedStrictRight, score.PredictedStrictWrong, score.PredictedLaxRight, score.PredictedLaxWrong));
        // And recall leaves the gold deletion out: [0]:[0] found, [1]:[1,2] found only laxly.
        Assert.Equal((1, 1, 2, 0), (score.GoldStrictFound, score.GoldStrictMissed, score.GoldLaxFound, score.GoldLaxMissed));
        Assert.Equal(0.5, score.F1Strict, 9);
        Assert.Equal(2 * 0.75 * 1.0 / 1.75, score.F1Lax, 9);
    }

    [Fact]
    public void Compute_DeletionMergedIntoNeighbour_IsLaxlyRightButStrictlyWrong()
    {
        // Given gold [1]:[] between two 1-1 beads, predicted merging it into the first: [0,1]:[0]
        var score = AlignmentScore.Compute(Beads("[0]:[0]", "[1]:[]", "[2]:[1]"), Beads("[0,1]:[0]", "[2]:[1]"));

        Assert.Equal((0.5, 1.0), (score.PrecisionStrict, score.PrecisionLax));
        Assert.Equal((0.5, 1.0), (score.RecallStrict, score.RecallLax));
    }

    [Fact]
    public void Compute_ShiftedMerge_OverlapsGoldOnBothSides()
    {
        // Gold (1,2)-1, 3-2; predicted 1-1, (2,3)-2: strictly one bead in three, laxly all
        var score = AlignmentScore.Compute(Beads("[0]:[0]", "[1,2]:[1]", "[3]:[2]"), Beads("[0]:[0]", "[1]:[1]", "[2,3]:[2]"));

        Assert.Equal(1 / 3.0, score.F1Strict, 9);
        Assert.Equal(1.0, score.F1Lax, 9);
    }

    [Fact]
    public void Compute_NothingToCount_IsZeroNotNaN()
    {
        var score = AlignmentScore.Compute(Beads("[0]:[]"), Beads("[]:[0]"));

        Assert.Equal((0.0, 0.0, 0.0), (score.PrecisionStrict, score.RecallStrict, score.F1Strict));
    }

    [Fact]
    public void Add_TwoDocuments_SumsCountsBeforeDividing()
    {
        var first = AlignmentScore.Compute(Beads("[0]:[0]", "[1]:[1]"), Beads("[0]:[0]", "[1]:[1]"));
        var second = AlignmentScore.Compute(Beads("[0]:[0]", "[1,2]:[1]", "[3]:[2]"), Beads("[0]:[0]", "[1]:[1]", "[2,3]:[2]"));

        var total = first.Add(second);

        // 3 right of 5 predicted, not the mean of 1 and 1/3
        Assert.Equal(3 / 5.0, total.PrecisionStrict, 9);
    }

    [Fact]
    public void BeadTypeScore_Compute_CountsGoldFoundAndPredictedPerShape()
    {
        var gold = Beads("[0]:[0]", "[1,2]:[1]", "[3]:[2]", "[4]:[]");
        var predicted = Beads("[0]:[0]", "[1]:[1]", "[2,3]:[2]", "[4]:[]");

        var shapes = BeadTypeScore.Compute(gold, predicted).ToDictionary(score => score.Shape);

        Assert.Equal(["1-0", "1-1", "2-1"], shapes.Keys);
        Assert.Equal((2, 1, 2, 1), (shapes["1-1"].Gold, shapes["1-1"].Found, shapes["1-1"].Predicted, shapes["1-1"].PredictedRight));
        Assert.Equal((1, 0, 1, 0), (shapes["2-1"].Gold, shapes["2-1"].Found, shapes["2-1"].Predicted, shapes["2-1"].PredictedRight));
        Assert.Equal(1.0, shapes["1-0"].Recall);
    }

    private static IReadOnlyList<Bead> Beads(params string[] lines) => BeadFormat.Parse(string.Join('\n', lines), "test");
}

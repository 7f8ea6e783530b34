using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class BeadFormatTests
{
    [Theory]
    [InlineData(new[] { 0 }, new[] { 0 }, "[0]:[0]")]
    [InlineData(new[] { 1, 2 }, new[] { 1 }, "[1,2]:[1]")]
    [InlineData(new[] { 3 }, new int[0], "[3]:[]")]
    [InlineData(new int[0], new[] { 4 }, "[]:[4]")]
    [InlineData(new[] { 14 }, new[] { 12, 13, 14 }, "[14]:[12,13,14]")]
    public void Format_Bead_WritesVecalignWithoutSpaces(int[] source, int[] target, string expected)
    {
        Assert.Equal(expected, BeadFormat.Format(new Bead(source, target, 0.5)));
    }

    [Fact]
    public void Parse_DevGoldWithSpacesAndConfidences_ReadsEveryBead()
    {
        // Given the dev set's spelling ("[1, 2]"), a CLI line with a TAB and a confidence, and a blank last line
        var text = "[0]:[0]\n[1, 2]:[3]\n[ 4 ]:[]\t0.25\n[]:[4,5]\t1\n\n";

        var beads = BeadFormat.Parse(text, "x.gold");

        Assert.Equal(["[0]:[0]", "[1,2]:[3]", "[4]:[]", "[]:[4,5]"], beads.Select(BeadFormat.Format));
        Assert.Equal([1.0, 1.0, 0.25, 1.0], beads.Select(bead => bead.Confidence));
    }

    [Fact]
    public void Write_ThenParse_RoundTripsSentencesAndConfidences()
    {
        Bead[] beads = [new([0], [0], 0.987), new([1, 2], [1], 0.5), new([3], [], 0.125), new([], [2, 3, 4], 0)];

        var text = BeadFormat.ToText(beads, withConfidence: true);
        var read = BeadFormat.Parse(text, "round.trip");

        Assert.Equal("[0]:[0]\t0.987\n[1,2]:[1]\t0.500\n[3]:[]\t0.125\n[]:[2,3,4]\t0.000\n", text);
        Assert.True(read.Zip(beads).All(pair => pair.First.SameSentences(pair.Second)));
        Assert.Equal(beads.Select(bead => bead.Confidence), read.Select(bead => bead.Confidence));
    }

    [Fact]
    public void ToText_WithoutConfidence_WritesBeadsOnly()
    {
        Assert.Equal("[0]:[0]\n[1]:[]\n", BeadFormat.ToText([new Bead([0], [0], 1), new Bead([1], [], 1)], withConfidence: false));
    }

    [Theory]
    [InlineData("[0]:[0]\n0]:[1]", "a.gold(2,1): expected '[', found '0'.")]
    [InlineData("[0]:[0]\n[1]-[1]", "a.gold(2,4): expected ':', found '-'.")]
    [InlineData("[0, x]:[0]", "a.gold(1,5): expected a sentence index (0, 1, 2, …), found 'x'.")]
    [InlineData("[0]:[0", "a.gold(1,7): expected ',', found the end of the line.")]
    [InlineData("[0]:[0]\tsure", "a.gold(1,9): expected the end of the line or a confidence between 0 and 1, found 'sure'.")]
    [InlineData("[0]:[0]\t1.5", "a.gold(1,9): expected the end of the line or a confidence between 0 and 1, found '1.5'.")]
    [InlineData("[]:[]", "a.gold(1,1): expected a sentence index on at least one side, found '[]:[]'.")]
    [InlineData("[-1]:[0]", "a.gold(1,2): expected a sentence index (0, 1, 2, …), found '-'.")]
    public void Parse_Malformed_ThrowsNamingFileLineAndColumn(string text, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => BeadFormat.Parse(text, "a.gold"));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_DevSetGold_ReadsAllItsBeads()
    {
        var beads = BeadFormat.Read(TestData.Path("ntrex128-alignment-dev", "docs", "000.gold"));

        Assert.Equal(TestData.Lines("ntrex128-alignment-dev", "docs", "000.gold").Length, beads.Count);
        Assert.Equal("[1]:[1,2]", BeadFormat.Format(beads[1]));
    }
}

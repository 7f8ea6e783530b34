using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("1 2 3", "1 2 3", 0)]
    [InlineData("1 2 3", "1 9 3", 1)]
    [InlineData("1 2 3", "1 3", 1)]
    [InlineData("1 2 3", "0 1 2 3", 1)]
    [InlineData("1 2 3 4 5", "5 4 3 2 1", 4)]
    [InlineData("1", "2 3 4", 3)]
    public void Compute_SmallCases(string query, string unit, int expected)
    {
        Assert.Equal(expected, Distance(Ids(query), Ids(unit), bound: 100));
    }

    [Fact]
    public void Compute_AgreesWithTheTextbookTable_OnThousandsOfRandomPairs_ShortAndLong()
    {
        // Given seeded random token sequences of 1–150 tokens over small alphabets (so that many tokens repeat)
        var random = new Random(42);
        for (var trial = 0; trial < 3000; trial++)
        {
            var alphabet = random.Next(2, 12);
            var query = Enumerable.Range(0, random.Next(1, trial % 3 == 0 ? 150 : 60)).Select(_ => random.Next(alphabet)).ToArray();
            var unit = Enumerable.Range(0, random.Next(1, 150)).Select(_ => random.Next(alphabet)).ToArray();
            var bound = random.Next(0, 120);

            var expected = Textbook(query, unit);
            var actual = Distance(query, unit, bound);

            // Then below the bound the distance is exact, above it the answer is bound + 1
            Assert.Equal(expected <= bound ? expected : bound + 1, actual);
        }
    }

    private static int Distance(int[] query, int[] unit, int bound)
    {
        var masks = new TokenMasks();
        masks.Load(query);
        return EditDistance.Compute(query, unit, bound, masks, new int[2 * (query.Length + 1)]);
    }

    private static int[] Ids(string text) => text.Split(' ').Select(int.Parse).ToArray();

    private static int Textbook(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) table[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) table[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return table[a.Length, b.Length];
    }
}

using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

public sealed class SearchScratchTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 3)]
    [InlineData(1000, 7)]
    [InlineData(50_000, 2000)]
    [InlineData(500, 500)]
    public void Heaviest_GivesTheHeaviestEntries_HeaviestFirst(int bucketSize, int count)
    {
        var random = new Random(bucketSize);
        // few distinct weights, so that ties are common
        var negatedWeights = Enumerable.Range(0, bucketSize).Select(_ => -(float)random.Next(50)).ToArray();
        var bucket = Enumerable.Range(0, bucketSize).ToArray();

        var heaviest = new SearchScratch().Heaviest(bucket, count, negatedWeights).ToArray();

        var expected = negatedWeights.Order().Take(count).ToArray();
        Assert.Equal(expected, heaviest.Select(index => negatedWeights[index]).ToArray());
        Assert.Equal(heaviest.Length, heaviest.Distinct().Count());
    }
}

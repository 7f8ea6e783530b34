using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>The index writer fills each token's postings in ordinal order and finishes the order with <see cref="PostingKeys.SortFilled"/>.</summary>
public sealed class PostingKeysTests
{
    [Theory]
    [InlineData(10, 1, 3)]          // short: sorted the ordinary way
    [InlineData(5000, 1, 1)]        // one group: already in order
    [InlineData(5000, 1, 40)]       // one memory, many lengths
    [InlineData(20000, 3, 4095)]    // three memories, every length
    [InlineData(20000, 40, 4095)]   // more groups than it counts: sorted the ordinary way
    public void PostingsFilledInOrdinalOrder_EndInKeyOrder(int count, int memories, int lengths)
    {
        var random = new Random(count + memories + lengths);
        var keys = new PostingKeys(Enumerable.Range(0, memories).ToDictionary(memory => (long)memory * 7, memory => memory));
        var ordinal = 0;
        var filled = Enumerable.Range(0, count)
            .Select(_ => keys.Of(random.Next(memories) * 7L, 1 + random.Next(lengths), ordinal += 1 + random.Next(3)))
            .ToArray();
        var expected = filled.Order().ToArray();

        PostingKeys.SortFilled(filled, new long[count], new int[PostingKeys.MaxCountedGroups + 1]);

        Assert.Equal(expected, filled);
    }

    [Fact]
    public void TheWidestRangeOfGroups_IsSortedToo()
    {
        const int LastRank = (1 << 19) - 1;
        var keys = new PostingKeys(new Dictionary<long, int> { [1] = 0, [2] = LastRank });
        // the first group and the last a key can hold, alternating: a range of 2^31 groups
        var filled = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? keys.Of(2, PostingKeys.MaxLength, i) : keys.Of(1, 0, i)).ToArray();
        var expected = filled.Order().ToArray();

        PostingKeys.SortFilled(filled, new long[filled.Length], new int[PostingKeys.MaxCountedGroups + 1]);

        Assert.Equal(expected, filled);
    }
}

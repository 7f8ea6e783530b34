using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class PrefetchTests
{
    [Fact]
    public void Ahead_GivesEveryItemInOrder()
    {
        var items = Enumerable.Range(0, 10_000);

        Assert.Equal(items, items.Ahead());
    }

    [Fact]
    public void Ahead_ExceptionInTheSource_ReachesTheConsumerAfterTheItemsBeforeIt()
    {
        var read = new List<int>();

        var error = Assert.Throws<InvalidInputException>(() => read.AddRange(Failing().Ahead()));

        Assert.Equal("broken at 600", error.Message);
        Assert.Equal(Enumerable.Range(0, 600), read);
    }

    [Fact]
    public void Ahead_ConsumerStoppingEarly_StopsTheProducer()
    {
        var produced = 0;

        var first = Endless().Ahead().Take(10).ToList();

        Assert.Equal(Enumerable.Range(0, 10), first);
        Assert.True(produced < 1_000_000, "the producer stopped with the consumer");

        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                produced = i;
                yield return i;
            }
        }
    }

    private static IEnumerable<int> Failing()
    {
        for (var i = 0; i < 600; i++) yield return i;
        throw new InvalidInputException("broken at 600");
    }
}

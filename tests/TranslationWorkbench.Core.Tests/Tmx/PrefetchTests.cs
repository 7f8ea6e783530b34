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

    // A slow consumer leaves the finishing to the producer, a slow producer leaves it to the consumer; either way every
    // item is finished once, before the consumer sees it, and never by both threads at once.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ahead_WithFinish_FinishesEveryChunkOnceBeforeTheConsumerSeesIt(bool slowConsumer)
    {
        var finished = new int[20_000];
        var consumer = Environment.CurrentManagedThreadId;
        var (byConsumer, byProducer) = (0, 0);
        var inside = 0;
        var overlapped = false;

        var seen = new List<int>();
        foreach (var item in Source().Ahead(Finish))
        {
            Assert.Equal(1, Volatile.Read(ref finished[item]));
            seen.Add(item);
            if (slowConsumer && item % 256 == 0) Thread.Sleep(2);
        }

        Assert.Equal(Enumerable.Range(0, finished.Length), seen);
        Assert.All(finished, count => Assert.Equal(1, count));
        Assert.False(overlapped, "finish ran on both threads at once");
        // chunks of 256: 79 in all; the thread that would wait finishes most of them
        if (slowConsumer) Assert.True(byProducer > 40, $"the producer finished {byProducer}, the consumer {byConsumer}");
        else Assert.True(byConsumer > 40, $"the consumer finished {byConsumer}, the producer {byProducer}");

        IEnumerable<int> Source()
        {
            for (var i = 0; i < finished.Length; i++)
            {
                if (!slowConsumer && i % 256 == 0) Thread.Sleep(2);
                yield return i;
            }
        }

        void Finish(List<int> chunk)
        {
            if (Interlocked.Increment(ref inside) > 1) overlapped = true;
            if (Environment.CurrentManagedThreadId == consumer) byConsumer++;
            else byProducer++;
            foreach (var item in chunk) Interlocked.Increment(ref finished[item]);
            Thread.SpinWait(1000);
            Interlocked.Decrement(ref inside);
        }
    }

    [Fact]
    public void Ahead_WithFinish_ExceptionInTheSource_ReachesTheConsumerAfterTheFinishedItemsBeforeIt()
    {
        var read = new List<int>();
        var finished = new HashSet<int>();

        var error = Assert.Throws<InvalidInputException>(() =>
        {
            foreach (var item in Failing().Ahead(chunk => { lock (finished) finished.UnionWith(chunk); }))
            {
                lock (finished) Assert.Contains(item, finished);
                read.Add(item);
            }
        });

        Assert.Equal("broken at 600", error.Message);
        Assert.Equal(Enumerable.Range(0, 600), read);
    }

    private static IEnumerable<int> Failing()
    {
        for (var i = 0; i < 600; i++) yield return i;
        throw new InvalidInputException("broken at 600");
    }
}

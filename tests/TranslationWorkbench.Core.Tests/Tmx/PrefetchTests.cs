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
            if (slowConsumer && item % 256 == 0) Thread.Sleep(5);
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
                if (!slowConsumer && i % 256 == 0) Thread.Sleep(5);
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

    // Found in review: the consumer failing while the producer fails too, with the buffer full, left the producer
    // waiting to hand over the items read before its error, and the consumer waiting for the producer.
    [Fact]
    public async Task Ahead_BothThreadsFailing_WithTheBufferFull_DoesNotHang()
    {
        using var consuming = new ManualResetEventSlim();

        var run = Task.Run(() =>
        {
            try
            {
                // a buffer of one chunk: the second fills it while the consumer sleeps on the first
                foreach (var item in Source().Ahead(chunks: 1))
                {
                    consuming.Set();
                    Thread.Sleep(400);
                    throw new InvalidOperationException("the consumer failed");
                }
            }
            catch (InvalidOperationException)
            {
                // expected: what matters is that Ahead returns
            }
        });

        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) == run, "Ahead hung");

        // three chunks' worth: the third breaks once the consumer has its first item and the second fills the buffer
        IEnumerable<int> Source()
        {
            for (var i = 0; ; i++)
            {
                if (i == 600)
                {
                    consuming.Wait();
                    Thread.Sleep(100);
                    throw new IOException("the file is cut short");
                }
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

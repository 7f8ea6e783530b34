using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>
/// Enumerates a sequence on a thread of its own, a bounded number of items ahead of the consumer: parsing TMX
/// overlaps with writing SQLite on import, reading SQLite with writing XML on export. Exceptions reach the
/// consumer where it reads; the bounded buffer keeps memory flat.
/// </summary>
/// <remarks>A dedicated thread and blocking hand-over: sync-over-async on pool threads starved the pool on two cores.</remarks>
internal static class Prefetch
{
    private const int ChunkSize = 256;

    /// <param name="finish">
    /// Work on a chunk of items that either thread may do (never both at once): the producer does it while the
    /// consumer has chunks waiting, and hands a chunk over unfinished when the consumer has none, for the consumer to
    /// finish. So the two threads share it as their speeds allow, instead of one waiting on the other.
    /// </param>
    public static IEnumerable<T> Ahead<T>(this IEnumerable<T> source, Action<List<T>>? finish = null, int chunks = 16)
    {
        ArgumentNullException.ThrowIfNull(source);
        // handed over in chunks: one lock per item cost more than it saved
        using var buffer = new BlockingCollection<(List<T> Items, bool Finished)>(chunks);
        using var stop = new CancellationTokenSource();
        var finishing = new Lock();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            var chunk = new List<T>(ChunkSize);
            try
            {
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count < ChunkSize) continue;
                    buffer.Add((chunk, Finish(chunk, buffer.Count > 0)), stop.Token);
                    chunk = new List<T>(ChunkSize);
                }
                if (chunk.Count > 0) buffer.Add((chunk, Finish(chunk, buffer.Count > 0)), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the consumer stopped early
            }
            catch (Exception e)
            {
                // handed to the consumer, which rethrows it where it reads, after the items that came before it
                failure = ExceptionDispatchInfo.Capture(e);
                try
                {
                    if (chunk.Count > 0) buffer.Add((chunk, false), stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // the consumer failed too and stopped reading: with the buffer full, a plain Add would wait for ever
                }
            }
            finally
            {
                buffer.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "tw prefetch" };
        producer.Start();
        try
        {
            foreach (var (chunk, finished) in buffer.GetConsumingEnumerable())
            {
                if (!finished) Finish(chunk, true);
                foreach (var item in chunk) yield return item;
            }
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }

        bool Finish(List<T> chunk, bool now)
        {
            if (finish is null) return true;
            if (!now) return false;
            lock (finishing) finish(chunk);
            return true;
        }
    }
}

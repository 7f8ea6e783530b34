using System.Diagnostics;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>How fast this machine writes a new file into its page cache: the price of memory it has not touched lately.</summary>
/// <remarks>
/// A 1M-unit import writes about 700 MB of new file pages (WAL, database, fuzzy index, token spill). On bare metal
/// that is a memory copy at several GB/s. In a VM whose host backs guest memory lazily and takes freed pages back, a
/// page the guest has not touched lately costs a trip to the host: on the development VM, 300 MB took 0.07 s into
/// recently freed pages and 0.7–1.1 s into cold ones, and the import slowed with it (README, Speed). The bench prints
/// this rate beside its figures so that runs can be compared.
/// </remarks>
public static class FreshPages
{
    public const int ProbeMegabytes = 128;

    /// <summary>Writes <see cref="ProbeMegabytes"/> MB to a new file in <paramref name="folder"/> (no fsync: the page cache, not the disk), deletes it, and returns MB/s.</summary>
    public static double WriteMegabytesPerSecond(string folder)
    {
        var path = Path.Combine(folder, "fresh-pages.probe");
        var chunk = new byte[1 << 20];
        // not zeros, in case a file system or a host treats zero pages specially
        Random.Shared.NextBytes(chunk);
        try
        {
            var watch = Stopwatch.StartNew();
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                for (var i = 0; i < ProbeMegabytes; i++) file.Write(chunk);
            }
            return ProbeMegabytes / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

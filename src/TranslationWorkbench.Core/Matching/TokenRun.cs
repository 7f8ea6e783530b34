namespace TranslationWorkbench.Core.Matching;

/// <summary>Where a unit's tokens hold a phrase whose every word may stand in one of several forms (concordance).</summary>
public static class TokenRun
{
    /// <summary>True when <paramref name="tokens"/> hold, somewhere, one of the first position's forms, then one of the second's…</summary>
    public static bool Contains<T>(ReadOnlySpan<T> tokens, T[][] run)
        where T : IEquatable<T> => IndexOf(tokens, run) >= 0;

    /// <summary>Where the first such run starts in <paramref name="tokens"/>, at <paramref name="from"/> or after, or −1.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> tokens, T[][] run, int from = 0)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(run);
        for (var start = from; start + run.Length <= tokens.Length; start++)
        {
            var all = true;
            for (var i = 0; i < run.Length && all; i++) all = run[i].AsSpan().Contains(tokens[start + i]);
            if (all) return start;
        }
        return -1;
    }
}

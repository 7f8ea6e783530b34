using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Text;

/// <summary>A 64-bit hash of a match key (XXH3), stored as a signed SQLite INTEGER for exact and context lookups.</summary>
public static class TextHash
{
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan());
    }

    public static long Of(ReadOnlySpan<char> text) => unchecked((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text)));

    /// <summary>The hash of the match key of <paramref name="text"/>.</summary>
    public static long OfKey(string text) => Of(MatchKey.Of(text));
}

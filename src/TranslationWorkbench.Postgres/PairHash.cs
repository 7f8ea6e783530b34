using System.IO.Hashing;
using System.Runtime.InteropServices;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Postgres;

/// <summary>The identity of a unit as one 64-bit hash: source, target, inline codes and context.</summary>
internal static class PairHash
{
    public static long Of(MemoryUnit unit)
    {
        var hash = new XxHash3();
        foreach (var part in new[] { unit.Source, unit.Target, unit.SourceMarkup ?? "\u0001", unit.TargetMarkup ?? "\u0001" })
        {
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            hash.Append([0, 0]);
        }
        Span<long> context = [unit.Context.Previous ?? long.MinValue, unit.Context.Next ?? long.MinValue];
        hash.Append(MemoryMarshal.AsBytes(context));
        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The identity of a unit as one 64-bit hash: source, target, inline codes and context (what makes two units the same one).</summary>
public static class PairHash
{
    public static long Of(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
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

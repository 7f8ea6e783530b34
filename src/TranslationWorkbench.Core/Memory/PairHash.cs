using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The identity of a unit as one 64-bit hash: source, target, inline codes and context (what makes two units the same one).</summary>
/// <remarks>
/// XXH3 of the UTF-16 bytes of source, target and both markups (U+0001 for none), each followed by two zero bytes,
/// then the two context hashes (long.MinValue for none). A shared memory stores it, so the value must never change.
/// Hashed in one call over a pooled buffer: the streaming XxHash3 object cost more than the hashing.
/// </remarks>
public static class PairHash
{
    private const string NoMarkup = "\u0001";

    public static long Of(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var sourceMarkup = unit.SourceMarkup ?? NoMarkup;
        var targetMarkup = unit.TargetMarkup ?? NoMarkup;
        var length = (unit.Source.Length + unit.Target.Length + sourceMarkup.Length + targetMarkup.Length + 4) * 2 + 16;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var offset = 0;
            Append(buffer, ref offset, unit.Source);
            Append(buffer, ref offset, unit.Target);
            Append(buffer, ref offset, sourceMarkup);
            Append(buffer, ref offset, targetMarkup);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(offset), unit.Context.Previous ?? long.MinValue);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(offset + 8), unit.Context.Next ?? long.MinValue);
            return unchecked((long)XxHash3.HashToUInt64(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Append(byte[] buffer, ref int offset, string part)
    {
        var bytes = MemoryMarshal.AsBytes(part.AsSpan());
        bytes.CopyTo(buffer.AsSpan(offset));
        offset += bytes.Length;
        buffer[offset++] = 0;
        buffer[offset++] = 0;
    }
}

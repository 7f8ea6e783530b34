using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Appends values to a file from an offset on, through a buffer of its own (several sections are written at once).</summary>
internal sealed class SectionWriter(SafeFileHandle handle, long offset)
{
    private readonly byte[] buffer = new byte[1 << 18];
    private int used;

    public void Append<T>(T value) where T : unmanaged
    {
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (used + size > buffer.Length) Flush();
        MemoryMarshal.Write(buffer.AsSpan(used), in value);
        used += size;
    }

    public void Flush()
    {
        RandomAccess.Write(handle, buffer.AsSpan(0, used), offset);
        offset += used;
        used = 0;
    }
}

using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Units (id, memory, token ids) kept in order for writing an index file: in a buffer while they are few, in a
/// temporary file beside the index past that, so that building the index of a million-unit import does not hold
/// the units in memory. The file never outlives the spill: on Unix it is unlinked as soon as it is open (so not
/// even a killed process leaves it behind), elsewhere it is deleted on close.
/// </summary>
internal sealed class UnitSpill(string folder) : IDisposable
{
    private const int HeaderInts = 5; // id (2), memory (2), token count

    private readonly int[] buffer = new int[1 << 18];
    private int used;
    private FileStream? file;

    public int Count { get; private set; }

    /// <summary>The id of the first unit added (the smallest: units come in ascending id order); 0 when none was.</summary>
    public long FirstUnitId { get; private set; }

    public void Add(long unitId, long memoryId, ReadOnlySpan<int> tokens)
    {
        if (Count == 0) FirstUnitId = unitId;
        if (used + HeaderInts + tokens.Length > buffer.Length) Spill();
        Span<int> header = [(int)unitId, (int)(unitId >> 32), (int)memoryId, (int)(memoryId >> 32), tokens.Length];
        if (HeaderInts + tokens.Length > buffer.Length)
        {
            // a unit longer than the buffer goes straight to the file
            Write(header);
            Write(tokens);
        }
        else
        {
            header.CopyTo(buffer.AsSpan(used));
            tokens.CopyTo(buffer.AsSpan(used + HeaderInts));
            used += HeaderInts + tokens.Length;
        }
        Count++;
    }

    /// <summary>Reads the units from the first, in the order they were added; one reader at a time.</summary>
    public Reader Read()
    {
        if (file is not null)
        {
            Spill();
            file.Flush();
            file.Position = 0;
        }
        return new Reader(this);
    }

    public void Dispose() => file?.Dispose();

    private void Spill()
    {
        if (used == 0) return;
        Write(buffer.AsSpan(0, used));
        used = 0;
    }

    private void Write(ReadOnlySpan<int> values)
    {
        file ??= Create();
        file.Write(MemoryMarshal.AsBytes(values));
    }

    private FileStream Create()
    {
        var path = System.IO.Path.Combine(folder, $".tw-units-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        var created = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows()) File.Delete(path);
        return created;
    }

    /// <summary>Walks the units of a spill, reusing one buffer.</summary>
    public sealed class Reader
    {
        private readonly UnitSpill spill;
        private int[] chunk;
        private int position;
        private int length;
        private int read;

        internal Reader(UnitSpill spill)
        {
            this.spill = spill;
            if (spill.file is null)
            {
                chunk = spill.buffer;
                length = spill.used;
            }
            else
            {
                chunk = new int[1 << 18];
            }
        }

        public bool Next(out long unitId, out long memoryId, out ReadOnlySpan<int> tokens)
        {
            unitId = memoryId = 0;
            tokens = default;
            if (read == spill.Count) return false;
            Ensure(HeaderInts);
            var header = chunk.AsSpan(position, HeaderInts);
            unitId = (uint)header[0] | ((long)header[1] << 32);
            memoryId = (uint)header[2] | ((long)header[3] << 32);
            var count = header[4];
            Ensure(HeaderInts + count);
            tokens = chunk.AsSpan(position + HeaderInts, count);
            position += HeaderInts + count;
            read++;
            return true;
        }

        // The next `ints` values in the chunk, reading on (and growing the chunk for a long unit) as needed.
        private void Ensure(int ints)
        {
            if (position + ints <= length) return;
            var file = spill.file ?? throw new InvalidDataException("The unit spill ends early.");
            var left = length - position;
            if (ints > chunk.Length) Array.Resize(ref chunk, ints);
            chunk.AsSpan(position, left).CopyTo(chunk);
            position = 0;
            length = left;
            var bytes = MemoryMarshal.AsBytes(chunk.AsSpan());
            while (length < ints)
            {
                var got = file.Read(bytes[(length * 4)..]);
                if (got == 0) throw new InvalidDataException("The unit spill ends early.");
                // whole ints only: a read may end inside one
                var total = length * 4 + got;
                length = total / 4;
                if (total % 4 != 0) file.Position -= total % 4;
            }
        }
    }
}

namespace TranslationWorkbench.Core.Memory;

/// <summary>Units added to a memory in one transaction: all of them land at <see cref="Commit"/>, or none.</summary>
public interface IUnitBatch : IDisposable
{
    TranslationMemory Memory { get; }

    /// <summary>Units inserted as new (final once committed: a server store counts them as it writes).</summary>
    int Added { get; }

    /// <summary>Units merged into one with the same source, target, inline codes and context (final once committed).</summary>
    int Merged { get; }

    /// <summary>Adds a unit, or merges it into the unit with the same source, target, inline codes and context.</summary>
    /// <remarks>Prepares the unit itself: not while another thread is in <see cref="Prepare"/>.</remarks>
    void Add(MemoryUnit unit);

    /// <summary>
    /// Derives what the store needs from a unit (its match key, hashes, tokens) without writing anything. It may run
    /// on another thread than <see cref="Add(PreparedUnit)"/>, one call at a time, so that deriving overlaps writing.
    /// </summary>
    PreparedUnit Prepare(MemoryUnit unit);

    /// <summary>Adds a unit this batch prepared.</summary>
    void Add(PreparedUnit unit);

    void Commit();
}

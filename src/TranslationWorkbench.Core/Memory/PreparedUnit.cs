namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// A unit with what a store derives from it before writing it (match key, hashes, token ids), made by
/// <see cref="IUnitBatch.Prepare"/>: a TMX import prepares units on its parsing thread while the batch writes.
/// </summary>
public abstract class PreparedUnit(MemoryUnit unit)
{
    public MemoryUnit Unit { get; } = unit;
}

namespace TranslationWorkbench.Core.Memory;

/// <summary>Units added to a memory in one transaction: all of them land at <see cref="Commit"/>, or none.</summary>
public interface IUnitBatch : IDisposable
{
    TranslationMemory Memory { get; }

    int Added { get; }

    int Merged { get; }

    /// <summary>Adds a unit, or merges it into the unit with the same source, target and inline codes.</summary>
    UnitAdded Add(MemoryUnit unit);

    void Commit();
}

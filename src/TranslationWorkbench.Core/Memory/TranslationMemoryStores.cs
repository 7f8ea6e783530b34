namespace TranslationWorkbench.Core.Memory;

/// <summary>Conveniences every memory store gets from its interface.</summary>
public static class TranslationMemoryStores
{
    /// <summary>Starts adding units to an existing memory in one transaction.</summary>
    public static IUnitBatch BeginBatch(this ITranslationMemoryStore store, TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(memory);
        return store.BeginBatch(memory.Name, memory.SourceLanguage, memory.TargetLanguage);
    }
}

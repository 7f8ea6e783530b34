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

    /// <summary>
    /// The memory to use when none is named: the one called "default", or else the only memory there is; null when
    /// there is neither (none, or several and no default). A translator who imported one TMX as "news" should not
    /// have to name it again for every search, in the terminal or in the browser.
    /// </summary>
    public static TranslationMemory? Default(this ITranslationMemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Find(TranslationMemory.DefaultName) is { } named) return named;
        var memories = store.List();
        return memories.Count == 1 ? memories[0] : null;
    }

    /// <summary>The memory for a document's pair when none is named: <see cref="Default"/> if it has that pair, else "default", made for the pair if need be.</summary>
    public static TranslationMemory DefaultFor(this ITranslationMemoryStore store, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Default() is { } found && found.SourceLanguage == sourceLanguage && found.TargetLanguage == targetLanguage
            ? found
            : store.Open(TranslationMemory.DefaultName, sourceLanguage, targetLanguage);
    }
}

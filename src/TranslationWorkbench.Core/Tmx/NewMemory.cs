using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>
/// The memory an import made, there being none of its name: its language pair, and the memories that were there, so
/// that a mistyped --memory (defualt) is seen beside the one meant.
/// </summary>
public sealed record NewMemory(string SourceLanguage, string TargetLanguage, IReadOnlyList<string> OtherMemories)
{
    /// <summary>The names of the memories there are, when none is called <paramref name="name"/> (an import will make it); null when one is.</summary>
    public static IReadOnlyList<string>? OthersIfMissing(ITranslationMemoryStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        var names = store.List().Select(memory => memory.Name).ToList();
        return names.Contains(name, StringComparer.Ordinal) ? null : names;
    }

    /// <summary>The memory a batch filled, when <see cref="OthersIfMissing"/> found it missing before.</summary>
    public static NewMemory? Of(IUnitBatch batch, IReadOnlyList<string>? others)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return others is null ? null : new NewMemory(batch.Memory.SourceLanguage, batch.Memory.TargetLanguage, others);
    }
}

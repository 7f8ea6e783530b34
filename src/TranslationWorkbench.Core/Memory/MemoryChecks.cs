using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The checks and messages every memory store gives alike.</summary>
public static class MemoryChecks
{
    public static void CheckPair(string name, string sourceLanguage, string targetLanguage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        LanguageCode.Check(sourceLanguage, "source language");
        LanguageCode.Check(targetLanguage, "target language");
    }

    /// <summary>A unit's new source and translation, as an edit gives them: neither may hold a character no TMX can carry.</summary>
    public static void CheckEdit(string source, string target)
    {
        StorableText.Checked(source, "the source");
        StorableText.Checked(target, "the translation");
    }

    /// <exception cref="InvalidInputException">The memory is for another language pair.</exception>
    public static void CheckServes(TranslationMemory memory, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (!LanguageCode.Serves(memory.SourceLanguage, sourceLanguage) || !LanguageCode.Serves(memory.TargetLanguage, targetLanguage))
        {
            throw new InvalidInputException(
                $"memory '{memory.Name}' is {memory.SourceLanguage}→{memory.TargetLanguage}, not {sourceLanguage}→{targetLanguage}; name another memory with --memory.");
        }
    }

    public static InvalidInputException NoSuchMemory(string name, string location, IReadOnlyList<TranslationMemory> memories) =>
        new($"no memory '{name}' in {location} (memories: {string.Join(", ", memories.Select(m => m.Name).DefaultIfEmpty("none"))}).");
}

using System.CommandLine;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// The memory a command works on: the one --memory names; without the option, the one called "default", or the
/// only memory there is. A translator who imported one TMX as `--memory news` should not have to name it again in
/// every search.
/// </summary>
public static class ChosenMemory
{
    /// <summary>The memory to read; an error listing the memories there are when it does not exist.</summary>
    public static TranslationMemory Get(ParseResult parseResult, Option<string> option, ITranslationMemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(store);
        return TheOnlyOne(parseResult, option, store) ?? store.Get(parseResult.GetValue(option)!);
    }

    /// <summary>The memory to confirm translations into, made for the pair when it does not exist yet.</summary>
    public static TranslationMemory Open(ParseResult parseResult, Option<string> option, ITranslationMemoryStore store, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(store);
        var only = TheOnlyOne(parseResult, option, store);
        return only is not null && only.SourceLanguage == sourceLanguage && only.TargetLanguage == targetLanguage
            ? only
            : store.Open(parseResult.GetValue(option)!, sourceLanguage, targetLanguage);
    }

    // Only when the option was left out: a name the translator typed is never replaced by another.
    private static TranslationMemory? TheOnlyOne(ParseResult parseResult, Option<string> option, ITranslationMemoryStore store)
    {
        var given = parseResult.GetResult(option) is { Implicit: false };
        if (given || store.Find(parseResult.GetValue(option)!) is not null) return null;
        var memories = store.List();
        return memories.Count == 1 ? memories[0] : null;
    }
}

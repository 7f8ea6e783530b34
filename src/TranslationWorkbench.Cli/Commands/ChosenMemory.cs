using System.CommandLine;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// The memory a command works on: the one --memory names; without the option, the one called "default", or the
/// only memory there is (<see cref="TranslationMemoryStores.Default"/>). A name the translator typed is never
/// replaced by another.
/// </summary>
public static class ChosenMemory
{
    /// <summary>The memory to read; an error listing the memories there are when it does not exist.</summary>
    public static TranslationMemory Get(ParseResult parseResult, Option<string> option, ITranslationMemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(store);
        return (CommonOptions.IsGiven(parseResult, option) ? null : store.Default()) ?? store.Get(parseResult.GetValue(option)!);
    }

    /// <summary>The memory to confirm translations into, made for the pair when it does not exist yet.</summary>
    public static TranslationMemory Open(ParseResult parseResult, Option<string> option, ITranslationMemoryStore store, string sourceLanguage, string targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(store);
        return CommonOptions.IsGiven(parseResult, option)
            ? store.Open(parseResult.GetValue(option)!, sourceLanguage, targetLanguage)
            : store.DefaultFor(sourceLanguage, targetLanguage);
    }
}

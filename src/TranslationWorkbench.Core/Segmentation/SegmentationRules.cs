using System.Reflection;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>The rule sets of an SRX 2.0 document and the map that says which ones a language uses.</summary>
public sealed class SegmentationRules
{
    public SegmentationRules(
        IReadOnlyDictionary<string, IReadOnlyList<SegmentationRule>> languageRules,
        IReadOnlyList<LanguageMap> maps,
        bool cascade)
    {
        ArgumentNullException.ThrowIfNull(languageRules);
        ArgumentNullException.ThrowIfNull(maps);
        LanguageRules = languageRules;
        Maps = maps;
        Cascade = cascade;
    }

    /// <summary>The rules bundled with the workbench (Segmentation/Rules/default.srx): Arabic, English and a default set.</summary>
    public static SegmentationRules Default { get; } = LoadDefault();

    public IReadOnlyDictionary<string, IReadOnlyList<SegmentationRule>> LanguageRules { get; }

    public IReadOnlyList<LanguageMap> Maps { get; }

    /// <summary>SRX 2.0 §2.5.1: with cascade, every matching map adds its rules in order; without, the first one wins.</summary>
    public bool Cascade { get; }

    /// <summary>The ordered rules that apply to <paramref name="language"/> (a BCP 47 code such as "ar" or "en-GB").</summary>
    public IReadOnlyList<SegmentationRule> For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var rules = new List<SegmentationRule>();
        foreach (var map in Maps)
        {
            if (!map.Matches(language)) continue;
            if (LanguageRules.TryGetValue(map.LanguageRuleName, out var set)) rules.AddRange(set);
            if (!Cascade) break;
        }
        return rules;
    }

    private static SegmentationRules LoadDefault()
    {
        const string name = "TranslationWorkbench.Core.Segmentation.Rules.default.srx";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        return SrxReader.Read(stream, "default.srx");
    }
}

using System.Text.RegularExpressions;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>An SRX 2.0 &lt;languagemap&gt;: the rule set used for languages whose code matches the pattern.</summary>
public sealed record LanguageMap(string LanguagePattern, string LanguageRuleName)
{
    public bool Matches(string language) =>
        Regex.IsMatch(language, "^(?:" + LanguagePattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}

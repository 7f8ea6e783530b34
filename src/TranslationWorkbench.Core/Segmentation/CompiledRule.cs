using System.Text.RegularExpressions;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>A rule as a regular expression that matches, empty, at the positions where the rule applies.</summary>
internal sealed record CompiledRule(bool Break, Regex Anywhere, Regex AtPosition)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static CompiledRule Compile(SegmentationRule rule)
    {
        var lookaround = $"(?<={Group(rule.BeforeBreak)})(?={Group(rule.AfterBreak)})";
        // \G pins the match to the start position; .NET lookbehinds see the text before it.
        return new CompiledRule(rule.Break, new Regex(lookaround, Options), new Regex(@"\G" + lookaround, Options));
    }

    public bool AppliesAt(string text, int position) => AtPosition.IsMatch(text, position);

    private static string Group(string pattern) => pattern.Length == 0 ? "" : $"(?:{pattern})";
}

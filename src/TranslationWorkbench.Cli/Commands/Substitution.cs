using System.Text.RegularExpressions;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// `s/OLD/NEW/` (or `s/OLD/NEW/g` for every one): a change typed at tw translate's prompt to a match's translation or
/// a draft, so that mending one word of a long sentence does not mean typing it all again. OLD and NEW are plain text,
/// not patterns, and a word in OLD is found as a whole word ("s/he/she/" leaves "The" alone); a terminal line cannot
/// be edited in place, so this is the line editor's old way.
/// </summary>
internal static partial class Substitution
{
    /// <summary>True when the line begins as a substitution does (s/ or S/), well formed or not: it is never a translation.</summary>
    public static bool LooksLikeOne(string line) => line.StartsWith("s/", StringComparison.OrdinalIgnoreCase);

    public static bool IsOne(string line) => Command().IsMatch(line);

    /// <summary>True when <paramref name="line"/> is a substitution; then <paramref name="result"/> is the text changed, or null with <paramref name="problem"/> saying why not.</summary>
    public static bool TryApply(string line, string text, out string? result, out string? problem)
    {
        (result, problem) = (null, null);
        if (Command().Match(line) is not { Success: true } match) return false;
        var (old, replacement) = (match.Groups["old"].Value, match.Groups["new"].Value);
        var places = Places(text, old).ToList();
        if (places.Count == 0)
        {
            problem = $"there is no \"{old}\" in it (the case and spelling must be the same, and a word is found whole)";
            return true;
        }
        var replaced = match.Groups["all"].Success ? places : places.Take(1).ToList();
        var changed = new System.Text.StringBuilder();
        var from = 0;
        foreach (var at in replaced)
        {
            changed.Append(text, from, at - from).Append(replacement);
            from = at + old.Length;
        }
        result = changed.Append(text, from, text.Length - from).ToString();
        return true;
    }

    // Where OLD stands in the text, a word in it only as a whole word: no letter or digit just before a first letter,
    // or just after a last one.
    private static IEnumerable<int> Places(string text, string old)
    {
        for (var at = text.IndexOf(old, StringComparison.Ordinal); at >= 0; at = text.IndexOf(old, at + old.Length, StringComparison.Ordinal))
        {
            var startsWord = char.IsLetterOrDigit(old[0]) && at > 0 && char.IsLetterOrDigit(text[at - 1]);
            var endsWord = char.IsLetterOrDigit(old[^1]) && at + old.Length < text.Length && char.IsLetterOrDigit(text[at + old.Length]);
            if (!startsWord && !endsWord) yield return at;
        }
    }

    [GeneratedRegex("^s/(?<old>[^/]+)/(?<new>[^/]*)/(?<all>g)?$")]
    private static partial Regex Command();
}

using System.Text.RegularExpressions;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>
/// `s/OLD/NEW/` (or `s/OLD/NEW/g` for every one): a change typed at tw translate's prompt to a match's translation,
/// so that mending one word of a long sentence does not mean typing it all again. OLD and NEW are plain text, not
/// patterns; a terminal line cannot be edited in place, so this is the line editor's old way.
/// </summary>
internal static partial class Substitution
{
    /// <summary>True when <paramref name="line"/> is a substitution; then <paramref name="result"/> is the text changed, or null with <paramref name="problem"/> saying why not.</summary>
    public static bool TryApply(string line, string text, out string? result, out string? problem)
    {
        (result, problem) = (null, null);
        if (Command().Match(line) is not { Success: true } match) return false;
        var (old, replacement) = (match.Groups["old"].Value, match.Groups["new"].Value);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0)
        {
            problem = $"there is no \"{old}\" in it (the case and spelling must be the same)";
            return true;
        }
        result = match.Groups["all"].Success ? text.Replace(old, replacement, StringComparison.Ordinal) : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
        return true;
    }

    [GeneratedRegex("^s/(?<old>[^/]+)/(?<new>[^/]*)/(?<all>g)?$")]
    private static partial Regex Command();
}

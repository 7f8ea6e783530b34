using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The written forms of an Arabic word with the proclitics that attach to it, for concordance: تحالف is found in
/// التحالف، والتحالف، بالتحالف، للتحالف, and التحالف in تحالف too.
/// </summary>
/// <remarks>
/// Proclitics come in a fixed order, [و|ف] [ب|ل|ك] [ال], and ل + ال is written لل (as in
/// <see cref="Alignment.ArabicClitics"/>). From the word searched for, only an article (with what precedes it: بال،
/// وال، لل) is cut: a lone leading و، ب، ل is as often the word's own letter (لبنان، وصل، بلد), and cutting it would
/// find other words. The other way round cannot be helped: بنان is also looked for as لبنان. Suffixes (pronouns,
/// plural endings) are left alone: a concordance of كتاب is not one of كتابها.
/// </remarks>
public static class AttachedForms
{
    private static readonly string[] Articles = ["وال", "فال", "بال", "كال", "لل", "ال"];

    // every proclitic sequence: conjunction, then preposition, then article
    private static readonly string[] Proclitics = BuildProclitics();

    /// <summary>The forms to look for, <paramref name="token"/> (a match-key token) itself first; only itself when it is not an Arabic word.</summary>
    public static string[] Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < 2 || !ArabicScript.HasArabicLetter(token) || !token.All(char.IsLetter)) return [token];
        // three letters at least after it: بالون is no article before ون
        var article = Articles.FirstOrDefault(prefix => token.Length - prefix.Length >= 3 && token.StartsWith(prefix, StringComparison.Ordinal));
        var stem = article is null ? token : token[article.Length..];
        var forms = new List<string> { token, stem };
        forms.AddRange(Proclitics.Select(proclitic => proclitic + stem));
        return forms.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string[] BuildProclitics()
    {
        var sequences = new List<string>();
        foreach (var conjunction in (string[])["", "و", "ف"])
        {
            foreach (var preposition in (string[])["", "ب", "ل", "ك"])
            {
                // ل + ال: لل
                foreach (var article in preposition == "ل" ? (string[])["", "ل"] : ["", "ال"])
                {
                    var sequence = conjunction + preposition + article;
                    if (sequence.Length > 0) sequences.Add(sequence);
                }
            }
        }
        return sequences.ToArray();
    }
}

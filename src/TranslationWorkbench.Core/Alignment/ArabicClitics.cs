using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// A light stemmer for dictionary look-ups: strips the clitics that defeat exact word look-up (22% of NTREX's
/// Arabic tokens start with ال, 7% with و) and a few inflectional suffixes. Input is folded to its match key first (so ة is ه).
/// </summary>
/// <remarks>
/// Proclitics come in a fixed order (conjunction, preposition, article): [و|ف] [ب|ل|ك] [ال], and ل + ال is
/// written لل. Larkey's Light10 stemmer strips much the same set; a stem keeps at least two letters after an
/// article and three after one-letter clitics, so بين or كان are not cut. Look-ups try every way of cutting, the
/// word itself first, so a cut that eats part of the word (كتابها → تابها) only costs a look-up that finds nothing.
/// </remarks>
public static class ArabicClitics
{
    /// <summary>The proclitics that come first, and those after them (before an article): also concordance's (<see cref="Matching.AttachedForms"/>).</summary>
    internal static readonly string[] Conjunctions = ["و", "ف"];

    internal static readonly string[] Prepositions = ["ب", "ل", "ك"];
    private static readonly string[] ArticleForms = ["وال", "فال", "بال", "كال", "لل", "ال"];

    // ة is folded to ه by the match key; ات ون ين are plural endings, ها هم object/possessive pronouns.
    private static readonly string[] Suffixes = ["ات", "ون", "ين", "ها", "هم", "ه"];

    /// <summary>The forms to look up for <paramref name="word"/>, the word itself first, then by how much was cut.</summary>
    public static IReadOnlyList<string> Candidates(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = MatchKey.Of(word);
        var forms = new List<string> { key };
        foreach (var stem in WithoutProclitics(key)) Add(forms, stem);
        foreach (var stem in forms.ToList())
        {
            foreach (var suffix in Suffixes)
            {
                if (stem.Length - suffix.Length >= 2 && stem.EndsWith(suffix, StringComparison.Ordinal))
                    Add(forms, stem[..^suffix.Length]);
            }
        }
        return forms.OrderBy(form => key.Length - form.Length).ToList();
    }

    /// <summary>
    /// One canonical stem, for counting: the article with what precedes it, or else a lone و (as Light10 does: a
    /// lone ب ل ك ف starts too many words, لبنان, فرنسا), then one suffix.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = MatchKey.Of(word);
        var cut = ArticleForms.FirstOrDefault(prefix => stem.Length - prefix.Length >= 2 && stem.StartsWith(prefix, StringComparison.Ordinal));
        if (cut is null && stem.Length >= 4 && stem[0] == 'و') stem = stem[1..];
        else if (cut is not null) stem = stem[cut.Length..];
        var suffix = Suffixes.FirstOrDefault(end => stem.Length - end.Length >= 2 && stem.EndsWith(end, StringComparison.Ordinal));
        return suffix is null ? stem : stem[..^suffix.Length];
    }

    private static IEnumerable<string> WithoutProclitics(string key)
    {
        foreach (var conjunction in (string[])["", .. Conjunctions])
        {
            if (!key.StartsWith(conjunction, StringComparison.Ordinal)) continue;
            var afterConjunction = key[conjunction.Length..];
            foreach (var preposition in (string[])["", .. Prepositions])
            {
                if (!afterConjunction.StartsWith(preposition, StringComparison.Ordinal)) continue;
                var afterPreposition = afterConjunction[preposition.Length..];
                var cut = conjunction.Length + preposition.Length;
                if (cut > 0 && afterPreposition.Length >= 3) yield return afterPreposition;
                // ل + ال is written لل: the preposition's ل already took the article's first letter.
                var article = preposition == "ل" ? "ل" : "ال";
                if (afterPreposition.Length - article.Length >= 2 && afterPreposition.StartsWith(article, StringComparison.Ordinal))
                    yield return afterPreposition[article.Length..];
            }
        }
    }

    private static void Add(List<string> forms, string form)
    {
        if (!forms.Contains(form, StringComparer.Ordinal)) forms.Add(form);
    }
}

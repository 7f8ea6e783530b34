using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The written forms of an Arabic word with the proclitics that attach to it, for concordance: تحالف is found in
/// التحالف، والتحالف، بالتحالف، للتحالف, and التحالف in تحالف too.
/// </summary>
/// <remarks>
/// Proclitics come in a fixed order, [و|ف] [ب|ل|ك] [ال], and ل + ال is written لل (as in
/// <see cref="ArabicClitics"/>, whose lists it builds on). From the word searched for, only an article (with what precedes it: بال،
/// وال، ولل) is cut, and only one written as an article: the match key writes ألمانيا as المانيا, so the article is
/// looked for before hamza forms are folded. A lone leading و، ب، ل is not cut: it is as often the word's own letter
/// (لبنان، وصل، بلد). The other way round cannot be helped: بنان is also looked for as لبنان. Suffixes (pronouns,
/// plural endings) are left alone: a concordance of كتاب is not one of كتابها.
/// </remarks>
public static class AttachedForms
{
    // every proclitic sequence: conjunction, then preposition, then article
    private static readonly string[] Proclitics = BuildProclitics();

    // the sequences that end in an article, longest first: cut from the word searched for
    private static readonly string[] Articles =
        Proclitics.Where(sequence => sequence.EndsWith("ال", StringComparison.Ordinal) || sequence.EndsWith("لل", StringComparison.Ordinal))
            .OrderByDescending(sequence => sequence.Length).ToArray();

    /// <summary>The match-key forms to look for, the word's own key first; only that when it is not an Arabic word.</summary>
    /// <param name="word">The word as typed (a token of the text searched for, not yet folded).</param>
    public static string[] Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = MatchKey.Of(word);
        if (key.Length < 2 || !ArabicScript.HasArabicLetter(key) || !key.All(char.IsLetter)) return [key];
        // folded but for hamza forms and the like, so that أل is not taken for ال; one character for one, as in the key
        var written = MatchKey.Fold(word, TextFolds.All & ~TextFolds.LetterForms);
        var article = written.Length != key.Length ? null
            : Articles.FirstOrDefault(prefix => written.Length - prefix.Length >= 3 && written.StartsWith(prefix, StringComparison.Ordinal));
        var stems = new List<string> { article is null ? key : key[article.Length..] };
        // ل + ال before a word of its own ل is written with two: للقاح is ل + اللقاح (لقاح) as much as لل + قاح
        if (article is not null && article.EndsWith("لل", StringComparison.Ordinal)) stems.Add(key[(article.Length - 1)..]);
        var forms = new List<string> { key };
        foreach (var stem in stems)
        {
            forms.Add(stem);
            forms.AddRange(Proclitics.Select(proclitic => proclitic + stem));
        }
        return forms.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string[] BuildProclitics()
    {
        var sequences = new List<string>();
        foreach (var conjunction in (string[])["", .. ArabicClitics.Conjunctions])
        {
            foreach (var preposition in (string[])["", .. ArabicClitics.Prepositions])
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

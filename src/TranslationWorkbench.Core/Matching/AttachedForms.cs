using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The written forms of an Arabic word with the clitics and endings that attach to it, for concordance: تحالف is
/// found in التحالف، والتحالف، بالتحالف، للتحالف، تحالفات، تحالفهم, and التحالفات in تحالف too.
/// </summary>
/// <remarks>
/// Proclitics come in a fixed order, [و|ف] [ب|ل|ك] [ال], and ل + ال is written لل (as in
/// <see cref="ArabicClitics"/>, whose lists it builds on). From the word searched for, only an article (with what precedes it: بال،
/// وال، ولل) is cut, and only one written as an article: the match key writes ألمانيا as المانيا, so the article is
/// looked for before hamza forms are folded. A lone leading و، ب، ل is not cut: it is as often the word's own letter
/// (لبنان، وصل، بلد). The other way round cannot be helped: بنان is also looked for as لبنان.
/// At the end, plural and dual endings and the attached pronouns are added to a stem of three letters or more, and
/// cut from the word searched for when three letters stay: a translator looking up لقاح wants اللقاحات too. ة, which
/// the key writes ه, becomes ات in the plural and ت before a pronoun (حكومة، حكومات، حكومتها). Not ي, which as often
/// makes a new word (عراق، عراقي), nor ه or ان cut from the word searched for (وجه، إيران); added, ه cannot be told
/// from ة, so كتاب also finds كتابة.
/// </remarks>
public static class AttachedForms
{
    // every proclitic sequence: conjunction, then preposition, then article
    private static readonly string[] Proclitics = BuildProclitics();

    // the sequences that end in an article, longest first: cut from the word searched for
    private static readonly string[] Articles =
        Proclitics.Where(sequence => sequence.EndsWith("ال", StringComparison.Ordinal) || sequence.EndsWith("لل", StringComparison.Ordinal))
            .OrderByDescending(sequence => sequence.Length).ToArray();

    // added to a stem: plural and dual endings, then the attached pronouns
    private static readonly string[] Pronouns = ["ه", "ها", "هم", "هن", "هما", "كم", "نا"];
    private static readonly string[] Endings = ["ات", "ون", "ين", "ان", .. Pronouns];

    // cut from the word searched for: not ه, nor ان (وجه، إيران end so)
    private static readonly string[] CutEndings = Endings.Where(ending => ending is not ("ه" or "ان")).OrderByDescending(ending => ending.Length).ToArray();

    private const int ShortestStem = 3;

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
        foreach (var inflected in stems.SelectMany(WithoutEnding).SelectMany(WithEndings).Distinct(StringComparer.Ordinal))
        {
            forms.Add(inflected);
            forms.AddRange(Proclitics.Select(proclitic => proclitic + inflected));
        }
        return forms.Distinct(StringComparer.Ordinal).ToArray();
    }

    // the stem, and what stays of it with an ending cut (حكومتها: حكومت and حكومه, the ة it was written with)
    private static IEnumerable<string> WithoutEnding(string stem)
    {
        yield return stem;
        var ending = CutEndings.FirstOrDefault(end => stem.Length - end.Length >= ShortestStem && stem.EndsWith(end, StringComparison.Ordinal));
        if (ending is null) yield break;
        var cut = stem[..^ending.Length];
        yield return cut;
        if (cut[^1] == 'ت' && Pronouns.Contains(ending)) yield return cut[..^1] + "ه";
    }

    private static IEnumerable<string> WithEndings(string stem)
    {
        yield return stem;
        if (stem.Length < ShortestStem) yield break;
        foreach (var ending in Endings) yield return stem + ending;
        if (stem[^1] != 'ه') yield break;
        // ة: ات in the plural, ت before a pronoun
        var open = stem[..^1];
        yield return open + "ات";
        foreach (var pronoun in Pronouns) yield return open + "ت" + pronoun;
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

using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Arabic words and their English translations, looked up through clitics and inflections.</summary>
/// <remarks>
/// Arabic headwords are kept as match keys, under the word and under its <see cref="ArabicClitics.Stem"/>, so that
/// الكتاب in the dictionary meets وكتاب in a text. English translations are kept as the content words of each
/// translation, folded by <see cref="EnglishStemmer"/>; "to go" is kept as "go".
/// </remarks>
public sealed class BilingualLexicon
{
    // A headword with dozens of senses ("take", "run") would match nearly any English sentence.
    private const int MaxTranslations = 12;

    private readonly Dictionary<string, List<string>> byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> byStem = new(StringComparer.Ordinal);

    public BilingualLexicon(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var arabic = MatchKey.Of(entry.Arabic.Trim());
            if (arabic.Length == 0 || arabic.Contains(' ', StringComparison.Ordinal)) continue;
            var english = EnglishWords(entry.English).ToList();
            if (english.Count == 0) continue;
            AddAll(byWord, arabic, english);
            AddAll(byStem, ArabicClitics.Stem(arabic), english);
        }
    }

    public static BilingualLexicon Empty { get; } = new([]);

    /// <summary>How many single-word Arabic headwords with an English translation the lexicon holds.</summary>
    public int Headwords => byWord.Count;

    /// <summary>The English content words (stemmed, lower-case) that translate <paramref name="arabicWord"/>; empty if unknown.</summary>
    public IReadOnlyList<string> Translate(string arabicWord)
    {
        ArgumentNullException.ThrowIfNull(arabicWord);
        foreach (var form in ArabicClitics.Candidates(arabicWord))
        {
            if (byWord.TryGetValue(form, out var translations)) return translations;
        }
        return byStem.TryGetValue(ArabicClitics.Stem(arabicWord), out var byItsStem) ? byItsStem : [];
    }

    private static IEnumerable<string> EnglishWords(string english) =>
        Tokenizer.Words(MatchKey.Of(english))
            .Where(word => word.Length > 1 && char.IsAsciiLetter(word[0]) && !EnglishStemmer.IsStopWord(word))
            .Select(EnglishStemmer.Stem);

    private static void AddAll(Dictionary<string, List<string>> index, string key, List<string> english)
    {
        if (!index.TryGetValue(key, out var translations)) index[key] = translations = [];
        foreach (var word in english)
        {
            if (translations.Count < MaxTranslations && !translations.Contains(word, StringComparer.Ordinal)) translations.Add(word);
        }
    }
}

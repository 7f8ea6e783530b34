using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Turns one side's sentences into concepts that survive translation: numbers, Latin-script words and names
/// written on both sides, name skeletons, question and quotation marks, and dictionary translations of Arabic
/// words; and into the terms the lexicon learner counts (Arabic stems, English content words).
/// </summary>
/// <remarks>
/// Each side has its own extractor and vocabulary, so the two sides are read in parallel; the Arabic side's
/// concepts are then renumbered into the English vocabulary (<see cref="InEnglishIds"/>), dropping those that no
/// English sentence has. Words repeat, so each distinct word is analysed once.
/// </remarks>
internal sealed class EvidenceExtractor(AlignmentModel model, BilingualLexicon? lexicon, bool arabic)
{
    // Forms of one word whose skeletons are tried (the word, then without its proclitics).
    private const int MaxNamesPerWord = 3;

    private readonly Dictionary<string, WordConcepts> words = new(StringComparer.Ordinal);
    private readonly List<(int Id, float Weight)> sentenceIds = [];
    private readonly List<int> sentenceTerms = [];

    public ConceptVocabulary Vocabulary { get; } = new();

    public ConceptTable Extract(IReadOnlyList<AlignmentSentence> sentences)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var table = new ConceptTable.Builder(weighted: arabic);
        foreach (var sentence in sentences)
        {
            Sentence(sentence.Text, lookup);
            table.Add(sentenceIds, sentenceTerms);
        }
        return table.Build();
    }

    /// <summary>The Arabic side's concepts renumbered into the English side's vocabulary; terms keep their Arabic ids.</summary>
    public static ConceptTable InEnglishIds(ConceptTable arabic, int[] map)
    {
        var table = new ConceptTable.Builder(weighted: true);
        var items = new List<(int Id, float Weight)>();
        var terms = new List<int>();
        for (var i = 0; i < arabic.Count; i++)
        {
            items.Clear();
            terms.Clear();
            var ids = arabic.Ids(i);
            var weights = arabic.Weights(i);
            for (var k = 0; k < ids.Length; k++)
            {
                if (map[ids[k]] >= 0) items.Add((map[ids[k]], weights[k]));
            }
            foreach (var term in arabic.Terms(i)) terms.Add(term);
            table.Add(items, terms);
        }
        return table.Build();
    }

    private void Sentence(string text, Dictionary<string, WordConcepts>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        sentenceIds.Clear();
        sentenceTerms.Clear();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var span = token.SpanIn(text);
            switch (token.Kind)
            {
                case TokenKind.Punctuation:
                    if (Mark(span[0]) is { } mark) AddConcept(Vocabulary.Add(ConceptKind.Mark, mark), model.MarkWeight);
                    break;
                case TokenKind.Number:
                    AddConcept(Vocabulary.Add(ConceptKind.Number, NumberKey(MatchKey.Of(token.TextIn(text)))), model.NumberWeight);
                    break;
                default:
                    if (!lookup.TryGetValue(span, out var concepts))
                    {
                        var word = token.TextIn(text);
                        concepts = words[word] = arabic ? ArabicWord(word) : EnglishWord(word);
                    }
                    for (var k = 0; k < concepts.Ids.Length; k++) AddConcept(concepts.Ids[k], concepts.Weights[k]);
                    if (concepts.Term >= 0) sentenceTerms.Add(concepts.Term);
                    break;
            }
        }
    }

    private void AddConcept(int id, double weight)
    {
        if (weight > 0) sentenceIds.Add((id, (float)weight));
    }

    private WordConcepts EnglishWord(string word)
    {
        var key = MatchKey.Of(word);
        if (EnglishStemmer.IsStopWord(key) || key.Length < 2) return WordConcepts.None;
        var term = Vocabulary.Add(ConceptKind.Word, EnglishStemmer.Stem(key));
        // A capitalised word may be a name that the Arabic side transliterates.
        if (!char.IsUpper(word[0]) || key.Length < 3) return new WordConcepts([term], [1], term);
        var skeleton = NameSkeleton.OfEnglish(Possessive(key));
        return SkeletonKind(skeleton) is { } kind
            ? new WordConcepts([term, Vocabulary.Add(kind, skeleton)], [1, 1], term)
            : new WordConcepts([term], [1], term);
    }

    private WordConcepts ArabicWord(string word)
    {
        var key = MatchKey.Of(word);
        if (IsLatin(key[0]))
        {
            // A Latin-script word in Arabic text (MWPs, twp, ISIS) is very likely in the translation as it is.
            return new WordConcepts([Vocabulary.Add(ConceptKind.Word, EnglishStemmer.Stem(key))], [(float)model.LatinWordWeight], -1);
        }
        if (!ArabicLetters.IsArabicLetter(key[0])) return WordConcepts.None;

        var ids = new List<int>();
        var weights = new List<float>();
        if (key.Length >= 3) AddNames(key, ids, weights);
        if (lexicon is not null)
        {
            foreach (var english in lexicon.Translate(key))
            {
                ids.Add(Vocabulary.Add(ConceptKind.Word, english));
                weights.Add((float)model.DictionaryWeight);
            }
        }
        return new WordConcepts([.. ids], [.. weights], Vocabulary.Add(ConceptKind.ArabicStem, ArabicClitics.Stem(key)));
    }

    // The word and the word without its proclitics (الموصل, وكركوك): names take prefixes, not suffixes.
    private void AddNames(string key, List<int> ids, List<float> weights)
    {
        var names = 0;
        foreach (var form in ArabicClitics.Candidates(key))
        {
            if (names == MaxNamesPerWord) break;
            if (form.Length < 3 || !key.EndsWith(form, StringComparison.Ordinal)) continue;
            var skeleton = NameSkeleton.OfArabic(form);
            if (SkeletonKind(skeleton) is not { } kind) continue;
            ids.Add(Vocabulary.Add(kind, skeleton));
            weights.Add((float)model.WeightOf(kind));
            names++;
        }
    }

    private static ConceptKind? SkeletonKind(string skeleton) =>
        skeleton.Length >= 3 ? ConceptKind.Name : skeleton.Length == 2 ? ConceptKind.ShortName : null;

    private static string Possessive(string key) =>
        key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal) ? key[..^2] : key;

    private static bool IsLatin(char c) => char.IsAsciiLetter(c) || c is >= '\u00C0' and < '\u0250';

    // The marks translators keep: a question stays a question (؟ and ?), a quotation a quotation whatever its
    // quote characters, a parenthesis a parenthesis, a percentage (٪ and %) a percentage.
    private static string? Mark(char c) => c switch
    {
        '?' or '؟' => "?",
        '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\'' or '\u2018' or '\u2019' => "q",
        '(' or ')' => "(",
        '%' or '\u066A' => "%",
        _ => null,
    };

    // Numbers meet across scripts once digits are folded (the match key does that) and the writing conventions
    // that differ are dropped: thousands separators ("10,000", "١٠٬٠٠٠") and leading zeros ("07 شباط", "7 February").
    private static string NumberKey(string number)
    {
        var digits = number.Replace(",", "", StringComparison.Ordinal).TrimStart('0');
        return digits.Length == 0 || digits[0] == '.' ? "0" + digits : digits;
    }

    private sealed record WordConcepts(int[] Ids, float[] Weights, int Term)
    {
        public static WordConcepts None { get; } = new([], [], -1);
    }
}

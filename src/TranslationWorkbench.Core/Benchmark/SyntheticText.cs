using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>
/// Generates sentences for benchmarks from real corpora, seeded so every run is the same: "news-like" sentences
/// stitched from runs of 2–7 words of real sentences, or "Zipf" sentences of independent words drawn with a
/// Zipf-like spread over the corpus vocabulary extended by a long tail of made-up words. Lengths follow the corpus.
/// </summary>
public sealed class SyntheticText
{
    private const double ZipfExponent = 1.0;
    private const int TailWords = 400_000;
    private const string ArabicLetters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤ";

    private readonly IReadOnlyList<string[]> sentences;
    private readonly string[] vocabulary;
    private readonly int[] lengths;
    private readonly double[] zipfCumulative;

    private SyntheticText(IReadOnlyList<string[]> sentences, string[] vocabulary, int[] lengths)
    {
        this.sentences = sentences;
        this.vocabulary = vocabulary;
        this.lengths = lengths;
        zipfCumulative = ZipfCumulative(vocabulary.Length + TailWords);
    }

    /// <summary>Builds the generator from real sentences of one language.</summary>
    public static SyntheticText From(IEnumerable<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var tokenized = corpus.Select(s => Tokenizer.Words(s).ToArray()).Where(words => words.Length > 0).ToList();
        if (tokenized.Count == 0) throw new InvalidInputException("the benchmark corpus has no sentences.");
        var vocabulary = tokenized.SelectMany(words => words)
            .GroupBy(word => word, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key).ToArray();
        return new SyntheticText(tokenized, vocabulary, tokenized.Select(words => words.Length).ToArray());
    }

    public string NewsLike(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var length = lengths[random.Next(lengths.Length)];
        var words = new List<string>(length + 8);
        while (words.Count < length)
        {
            var sentence = sentences[random.Next(sentences.Count)];
            var run = Math.Min(random.Next(2, 8), sentence.Length);
            var start = random.Next(sentence.Length - run + 1);
            words.AddRange(sentence.Skip(start).Take(run));
        }
        return string.Join(' ', words.Take(length));
    }

    public string Zipf(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var length = lengths[random.Next(lengths.Length)];
        var words = new string[length];
        for (var i = 0; i < length; i++) words[i] = Word(ZipfRank(random));
        return string.Join(' ', words);
    }

    /// <summary>The sentence with 1–3 words replaced, inserted or deleted: a near-duplicate a fuzzy match should find.</summary>
    public string Edit(string sentence, Random random, int edits)
    {
        ArgumentNullException.ThrowIfNull(random);
        var words = Tokenizer.Words(sentence).ToList();
        for (var i = 0; i < edits && words.Count > 1; i++)
        {
            var position = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0:
                    words[position] = Word(ZipfRank(random));
                    break;
                case 1:
                    words.Insert(position, Word(ZipfRank(random)));
                    break;
                default:
                    words.RemoveAt(position);
                    break;
            }
        }
        return string.Join(' ', words);
    }

    private int ZipfRank(Random random)
    {
        var index = Array.BinarySearch(zipfCumulative, random.NextDouble());
        return index >= 0 ? index : ~index;
    }

    // Ranks past the corpus vocabulary are made-up words, the same word for the same rank in every run.
    private string Word(int rank)
    {
        if (rank < vocabulary.Length) return vocabulary[rank];
        var random = new Random(rank);
        var letters = new char[random.Next(3, 8)];
        for (var i = 0; i < letters.Length; i++) letters[i] = ArabicLetters[random.Next(ArabicLetters.Length)];
        return new string(letters);
    }

    private static double[] ZipfCumulative(int size)
    {
        var cumulative = new double[size];
        var sum = 0.0;
        for (var rank = 0; rank < size; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1, ZipfExponent);
            cumulative[rank] = sum;
        }
        for (var rank = 0; rank < size; rank++) cumulative[rank] /= sum;
        return cumulative;
    }
}

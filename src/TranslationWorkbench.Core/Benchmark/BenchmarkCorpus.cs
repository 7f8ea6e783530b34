namespace TranslationWorkbench.Core.Benchmark;

/// <summary>The real sentences benchmarks draw from: every *.arb.txt / *.eng.txt pair under a corpora folder (NTREX, TICO-19, Tatoeba).</summary>
public sealed record BenchmarkCorpus(IReadOnlyList<string> Arabic, IReadOnlyList<string> English)
{
    public static BenchmarkCorpus Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new InvalidInputException($"{folder}: no such folder; tw bench draws its sentences from real corpora (../shared/corpora): pass --corpora DIR.");
        var arabic = Directory.GetFiles(folder, "*.arb.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(line => line.Length > 0).ToList();
        var english = Directory.GetFiles(folder, "*.eng.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(line => line.Length > 0).ToList();
        if (arabic.Count == 0 || english.Count == 0)
            throw new InvalidInputException($"{folder}: holds no *.arb.txt and *.eng.txt sentence files.");
        return new BenchmarkCorpus(arabic, english);
    }

    /// <summary>The sentence pairs of the line-aligned corpora (each *.arb.txt with its *.eng.txt), both sides non-empty; not Tatoeba's.</summary>
    /// <remarks>Tatoeba's short, near-duplicate conversational lines make no document: good for fuzzy matching, bad for alignment.</remarks>
    public static IReadOnlyList<(string Arabic, string English)> Pairs(string folder)
    {
        if (!Directory.Exists(folder)) throw new InvalidInputException($"{folder}: no such folder; pass --corpora DIR (../shared/corpora).");
        var pairs = new List<(string, string)>();
        foreach (var arabicFile in Directory.GetFiles(folder, "*.arb.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var englishFile = arabicFile[..^".arb.txt".Length] + ".eng.txt";
            if (!File.Exists(englishFile) || Path.GetFileName(arabicFile).StartsWith("tatoeba", StringComparison.OrdinalIgnoreCase)) continue;
            pairs.AddRange(File.ReadLines(arabicFile).Zip(File.ReadLines(englishFile)).Where(pair => pair.First.Length > 0 && pair.Second.Length > 0));
        }
        return pairs.Count > 0 ? pairs : throw new InvalidInputException($"{folder}: holds no *.arb.txt/*.eng.txt pairs.");
    }

    public SyntheticMemory Memory(TextKind kind, int seed) =>
        new(SyntheticText.From(Arabic), SyntheticText.From(English), kind, seed);
}

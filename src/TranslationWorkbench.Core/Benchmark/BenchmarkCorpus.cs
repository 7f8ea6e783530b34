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

    public SyntheticMemory Memory(TextKind kind, int seed) =>
        new(SyntheticText.From(Arabic), SyntheticText.From(English), kind, seed);
}

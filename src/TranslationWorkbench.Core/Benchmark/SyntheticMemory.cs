using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>
/// A seeded memory for benchmarks: Arabic sources in clusters of near-duplicates (so fuzzy matches exist),
/// English targets, and queries of which half are near-copies of stored units and half are new sentences.
/// </summary>
public sealed class SyntheticMemory(SyntheticText arabic, SyntheticText english, TextKind kind, int seed)
{
    /// <summary>The share of units that are a near-duplicate of an earlier one.</summary>
    private const double NearDuplicateShare = 0.3;

    public TextKind Kind => kind;

    public IEnumerable<MemoryUnit> Units(int count)
    {
        var random = new Random(seed);
        var recent = new string[4096];
        for (var i = 0; i < count; i++)
        {
            var source = i > 0 && random.NextDouble() < NearDuplicateShare
                ? arabic.Edit(recent[random.Next(Math.Min(i, recent.Length))], random, random.Next(1, 4))
                : Sentence(arabic, random);
            recent[i % recent.Length] = source;
            yield return new MemoryUnit { Source = source, Target = Sentence(english, random), Origin = UnitOrigin.Import };
        }
    }

    /// <summary>Queries for a memory whose sources are <paramref name="storedSources"/>: half near-copies of them, half new sentences.</summary>
    public IReadOnlyList<string> Queries(IReadOnlyList<string> storedSources, int count)
    {
        ArgumentNullException.ThrowIfNull(storedSources);
        var random = new Random(seed + 1);
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add(i % 2 == 0
                ? arabic.Edit(storedSources[random.Next(storedSources.Count)], random, random.Next(1, 4))
                : Sentence(arabic, random));
        }
        return queries;
    }

    private string Sentence(SyntheticText text, Random random) => kind == TextKind.Zipf ? text.Zipf(random) : text.NewsLike(random);
}

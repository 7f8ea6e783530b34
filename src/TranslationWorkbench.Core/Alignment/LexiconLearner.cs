using System.Runtime.InteropServices;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Learns word pairs from a first alignment of the document itself, as hunalign's -realign does: an Arabic stem
/// and an English word that keep landing in the same beads translate each other, in this document at least.
/// </summary>
/// <remarks>
/// Association is Dice's coefficient over beads, 2·c(a,e) / (c(a) + c(e)) (Smadja, McKeown and Hatzivassiloglou
/// 1996 use it for collocation translation); a pair must meet in two beads at least, since a pair seen once only
/// repeats what the first alignment already decided. Terms in more than half the sentences are function words.
/// </remarks>
internal static class LexiconLearner
{
    private const double MinDice = 0.5;
    private const int MinBeads = 2;
    private const int MaxTranslations = 3;
    // Pair counts grow with the square of the terms per bead, and a few thousand beads teach all there is to
    // learn: a 100k-sentence document is sampled evenly, and long beads keep their rarest terms.
    private const int MaxBeadsCounted = 10_000;
    private const int MaxTermsPerBead = 16;

    public static Dictionary<int, int[]> Learn(SideEvidence source, SideEvidence target, IReadOnlyList<LatticeBead> path)
    {
        var sourceFrequency = Frequencies(source);
        var targetFrequency = Frequencies(target);
        var beads = path.Where(bead => bead.SourceCount > 0 && bead.TargetCount > 0).ToList();
        var stride = Math.Max(1, beads.Count / MaxBeadsCounted);
        var sampled = new List<(List<int> Stems, List<int> Words)>();
        var sourceBeads = new Dictionary<int, int>();
        var targetBeads = new Dictionary<int, int>();
        for (var k = 0; k < beads.Count; k += stride)
        {
            var stems = Terms(source, beads[k].I, beads[k].SourceCount, sourceFrequency);
            var words = Terms(target, beads[k].J, beads[k].TargetCount, targetFrequency);
            foreach (var stem in stems) CollectionsMarshal.GetValueRefOrAddDefault(sourceBeads, stem, out _)++;
            foreach (var word in words) CollectionsMarshal.GetValueRefOrAddDefault(targetBeads, word, out _)++;
            sampled.Add((stems, words));
        }

        // A term in one sampled bead cannot meet a translation in two.
        var together = new Dictionary<long, int>(PairKeyComparer.Instance);
        foreach (var (stems, words) in sampled)
        {
            foreach (var stem in stems)
            {
                if (sourceBeads[stem] < MinBeads) continue;
                foreach (var word in words)
                {
                    if (targetBeads[word] >= MinBeads) CollectionsMarshal.GetValueRefOrAddDefault(together, ((long)stem << 32) | (uint)word, out _)++;
                }
            }
        }

        var best = new Dictionary<int, List<(int Word, double Dice)>>();
        foreach (var (key, count) in together)
        {
            if (count < MinBeads) continue;
            int stem = (int)(key >> 32), word = (int)(key & 0xFFFFFFFF);
            var dice = 2.0 * count / (sourceBeads[stem] + targetBeads[word]);
            if (dice < MinDice) continue;
            if (!best.TryGetValue(stem, out var list)) best[stem] = list = [];
            list.Add((word, dice));
        }
        return best.ToDictionary(pair => pair.Key,
            pair => pair.Value.OrderByDescending(candidate => candidate.Dice).ThenBy(candidate => candidate.Word).Take(MaxTranslations).Select(candidate => candidate.Word).ToArray());
    }

    /// <summary>The Arabic side's concepts with each sentence's learned translations added at <paramref name="weight"/>, without terms.</summary>
    public static ConceptTable WithTranslations(SideEvidence source, Dictionary<int, int[]> learned, float weight)
    {
        var table = new ConceptTable.Builder(weighted: true);
        var items = new List<(int Id, float Weight)>();
        List<int> noTerms = [];
        for (var i = 0; i < source.Count; i++)
        {
            items.Clear();
            var ids = source.Concepts.Ids(i);
            var weights = source.Concepts.Weights(i);
            for (var k = 0; k < ids.Length; k++) items.Add((ids[k], weights[k]));
            foreach (var term in source.Concepts.Terms(i))
            {
                if (!learned.TryGetValue(term, out var words)) continue;
                foreach (var word in words) items.Add((word, weight));
            }
            // The terms have served: the second alignment does not learn.
            table.Add(items, noTerms);
        }
        return table.Build();
    }

    // In how many sentences each term (a dense id) occurs; 0 for terms too rare (once) or too common (function
    // words) to learn.
    private static int[] Frequencies(SideEvidence side)
    {
        var largest = -1;
        for (var i = 0; i < side.Count; i++)
        {
            foreach (var term in side.Concepts.Terms(i)) largest = Math.Max(largest, term);
        }
        var frequency = new int[largest + 1];
        for (var i = 0; i < side.Count; i++)
        {
            foreach (var term in side.Concepts.Terms(i)) frequency[term]++;
        }
        var ceiling = Math.Max(MinBeads, side.Count / 2);
        for (var term = 0; term < frequency.Length; term++)
        {
            if (frequency[term] < MinBeads || frequency[term] > ceiling) frequency[term] = 0;
        }
        return frequency;
    }

    private static List<int> Terms(SideEvidence side, int first, int count, int[] frequency)
    {
        var terms = new List<int>();
        for (var i = first; i < first + count; i++)
        {
            foreach (var term in side.Concepts.Terms(i))
            {
                if (frequency[term] > 0 && !terms.Contains(term)) terms.Add(term);
            }
        }
        if (terms.Count <= MaxTermsPerBead) return terms;
        return terms.OrderBy(term => frequency[term]).ThenBy(term => term).Take(MaxTermsPerBead).ToList();
    }

    // long's own hash xors its halves, so (stem, word) and (word, stem), and every pair with the same xor, collide;
    // Fibonacci hashing mixes them.
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static PairKeyComparer Instance { get; } = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);
    }
}

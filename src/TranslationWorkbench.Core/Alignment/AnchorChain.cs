namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Places the search band in a long document: sentence pairs that share a rare number or name (one occurrence on
/// each side within a window) are candidate anchors; the heaviest chain of them that increases on both sides is
/// kept, and the centre of the band runs through it.
/// </summary>
/// <remarks>
/// Over 100,000 sentences the true path strays from the diagonal that cumulative lengths predict by a hundred
/// sentences and more (deletions and length noise add up as a random walk), so a band of a few dozen sentences
/// around that diagonal misses it. Exact anchors are how Melamed's SIMR and Moore's aligner tie long texts down;
/// here they come from the evidence the aligner reads anyway. Between anchors the centre follows the lengths.
/// </remarks>
internal static class AnchorChain
{
    // Concepts found in more sentences than this share of a side are not rare enough to anchor anything.
    private const int MaxOccurrencesPerThousand = 2;

    /// <summary>For each Arabic position i (0 … n), the English position the band should be centred on.</summary>
    public static int[] Centre(SideEvidence source, SideEvidence target, Func<int, bool> anchors, int conceptCount, int window)
    {
        int n = source.Count, m = target.Count;
        var diagonal = AlignmentBand.LengthDiagonal(source, target);
        var candidates = Candidates(source, target, anchors, conceptCount, window, diagonal);
        var chain = WithoutOutliers(HeaviestChain(candidates, m), (double)m / Math.Max(1, n));
        chain.Insert(0, (0, 0));
        chain.Add((n, m));
        var centre = new int[n + 1];
        for (var k = 1; k < chain.Count; k++) FollowLengths(source, target, chain[k - 1], chain[k], centre);
        return centre;
    }

    private static List<(int I, int J, double Weight)> Candidates(
        SideEvidence source, SideEvidence target, Func<int, bool> anchors, int conceptCount, int window, int[] diagonal)
    {
        var sourcePostings = Postings(source, anchors, conceptCount);
        var targetPostings = Postings(target, anchors, conceptCount);
        var limitSource = Math.Max(2, source.Count * MaxOccurrencesPerThousand / 1000);
        var limitTarget = Math.Max(2, target.Count * MaxOccurrencesPerThousand / 1000);
        var weights = new Dictionary<(int, int), double>();
        for (var c = 0; c < conceptCount; c++)
        {
            var sources = sourcePostings[c];
            var targets = targetPostings[c];
            if (sources is null || targets is null || sources.Count > limitSource || targets.Count > limitTarget) continue;
            var weight = Math.Log((double)target.Count / targets.Count);
            for (var k = 0; k < sources.Count; k++)
            {
                var i = sources[k];
                // Unique on the Arabic side within the window, and one English occurrence in the window.
                if (k > 0 && i - sources[k - 1] <= window) continue;
                if (k + 1 < sources.Count && sources[k + 1] - i <= window) continue;
                var from = LowerBound(targets, diagonal[i] - window);
                var to = LowerBound(targets, diagonal[i] + window + 1);
                if (to - from != 1) continue;
                var key = (i, targets[from]);
                weights[key] = weights.GetValueOrDefault(key) + weight;
            }
        }
        return weights.Select(pair => (pair.Key.Item1, pair.Key.Item2, pair.Value)).ToList();
    }

    // The chain of candidates increasing in both positions whose weights add up to the most (weighted longest
    // increasing subsequence, with a Fenwick tree of the best chain ending at or before each English position).
    private static List<(int I, int J)> HeaviestChain(List<(int I, int J, double Weight)> candidates, int m)
    {
        // Same Arabic position: higher English position first, so that a chain never takes two of them.
        candidates.Sort((x, y) => x.I != y.I ? x.I.CompareTo(y.I) : y.J.CompareTo(x.J));
        var tree = new (double Weight, int Candidate)[m + 2];
        Array.Fill(tree, (0.0, -1));
        var previous = new int[candidates.Count];
        var total = new double[candidates.Count];
        var bestEnd = -1;
        for (var k = 0; k < candidates.Count; k++)
        {
            var (i, j, weight) = candidates[k];
            // The best chain ending strictly before English position j (tree positions are j + 1).
            var before = (Weight: 0.0, Candidate: -1);
            for (var p = j; p > 0; p -= p & -p)
            {
                if (tree[p].Weight > before.Weight) before = tree[p];
            }
            total[k] = before.Weight + weight;
            previous[k] = before.Candidate;
            for (var p = j + 1; p < tree.Length; p += p & -p)
            {
                if (total[k] > tree[p].Weight) tree[p] = (total[k], k);
            }
            if (bestEnd < 0 || total[k] > total[bestEnd]) bestEnd = k;
        }
        var chain = new List<(int I, int J)>();
        for (var k = bestEnd; k >= 0; k = previous[k]) chain.Add((candidates[k].I, candidates[k].J));
        chain.Reverse();
        return chain;
    }

    // A chain can run through a wrong anchor that happens to keep the order (a number that the translation moved
    // to the next sentence); its neighbours expose it, since the true path's offset from the diagonal drifts
    // slowly: an anchor whose offset differs from the median of the nine around it by more than a few sentences goes.
    private static List<(int I, int J)> WithoutOutliers(List<(int I, int J)> chain, double slope)
    {
        const int Neighbours = 4;
        const double MaxJump = 4;
        var offsets = chain.Select(anchor => anchor.J - anchor.I * slope).ToArray();
        var kept = new List<(int I, int J)>();
        for (var k = 0; k < chain.Count; k++)
        {
            var from = Math.Max(0, k - Neighbours);
            var around = offsets[from..Math.Min(chain.Count, k + Neighbours + 1)];
            Array.Sort(around);
            if (Math.Abs(offsets[k] - around[around.Length / 2]) <= MaxJump) kept.Add(chain[k]);
        }
        return kept;
    }

    // Between two anchors, the English position whose share of the English characters between them matches the
    // Arabic position's share of the Arabic characters.
    private static void FollowLengths(SideEvidence source, SideEvidence target, (int I, int J) from, (int I, int J) to, int[] centre)
    {
        var sourceSpan = Math.Max(1, source.LengthBefore[to.I] - source.LengthBefore[from.I]);
        var targetSpan = Math.Max(1, target.LengthBefore[to.J] - target.LengthBefore[from.J]);
        var j = from.J;
        for (var i = from.I; i <= to.I; i++)
        {
            var share = (double)(source.LengthBefore[i] - source.LengthBefore[from.I]) / sourceSpan;
            while (j < to.J && (double)(target.LengthBefore[j + 1] - target.LengthBefore[from.J]) / targetSpan <= share) j++;
            centre[i] = j;
        }
        centre[to.I] = to.J;
    }

    private static List<int>?[] Postings(SideEvidence side, Func<int, bool> anchors, int conceptCount)
    {
        var postings = new List<int>?[conceptCount];
        for (var i = 0; i < side.Count; i++)
        {
            foreach (var id in side.Concepts.Ids(i))
            {
                if (anchors(id)) (postings[id] ??= []).Add(i);
            }
        }
        return postings;
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}

namespace TranslationWorkbench.Core.Matching;

/// <summary>The working memory of one search, reused by the next: per-unit marks stamped with a search number, so nothing is cleared between searches.</summary>
internal sealed class SearchScratch
{
    /// <summary>Per unit ordinal, what the current search has counted for it (one cache line a candidate, not three arrays).</summary>
    public Tally[] Tallies { get; private set; } = [];

    /// <summary>The candidates reordered by the best score each could reach (<see cref="FuzzyIndex"/>).</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>The best scores found so far, the lowest on top.</summary>
    public PriorityQueue<int, int> Best { get; } = new();

    public int Epoch { get; private set; }

    public List<int> Candidates { get; } = [];

    public TokenMasks Masks { get; } = new();

    private int[] reach = [];
    private float[] weights = [];
    private int[] lookedUp = [];
    private float[] keys = [];

    public int[] Rows { get; private set; } = new int[256];

    public void Begin(int units, int queryLength)
    {
        if (Tallies.Length < units)
        {
            Tallies = new Tally[Math.Max(units, Tallies.Length * 2)];
            Epoch = 0;
        }
        if (Rows.Length < 2 * (queryLength + 1)) Rows = new int[2 * (queryLength + 1)];
        Candidates.Clear();
        Best.Clear();
        if (++Epoch == int.MaxValue)
        {
            Array.Clear(Tallies);
            Epoch = 1;
        }
    }

    /// <summary>Counts for each unit length from <paramref name="shortest"/> to <paramref name="longest"/> (index 0 for the shortest), zeroed.</summary>
    public int[] LookedUpFor(int shortest, int longest)
    {
        var count = longest - shortest + 1;
        if (lookedUp.Length < count) lookedUp = new int[Math.Max(count, lookedUp.Length * 2)];
        Array.Clear(lookedUp, 0, count);
        return lookedUp;
    }

    /// <summary>Room for a bound and a (negated) weight per candidate.</summary>
    public (int[] Reach, float[] Weights) PerCandidate(int count)
    {
        if (reach.Length < count)
        {
            reach = new int[Math.Max(count, reach.Length * 2)];
            weights = new float[reach.Length];
        }
        return (reach, weights);
    }

    /// <summary>
    /// The <paramref name="count"/> entries of <paramref name="bucket"/> (indices into <paramref name="negatedWeights"/>)
    /// with the most weight, heaviest first, moved to its front: a selection (Hoare's) then a sort of those only, as a
    /// bucket can hold 100,000 candidates.
    /// </summary>
    public Span<int> Heaviest(Span<int> bucket, int count, float[] negatedWeights)
    {
        count = Math.Min(count, bucket.Length);
        if (count <= 0) return [];
        if (keys.Length < bucket.Length) keys = new float[Math.Max(bucket.Length, keys.Length * 2)];
        var bucketKeys = keys.AsSpan(0, bucket.Length);
        for (var i = 0; i < bucket.Length; i++) bucketKeys[i] = negatedWeights[bucket[i]];
        if (count < bucket.Length) Select(bucketKeys, bucket, count);
        bucketKeys[..count].Sort(bucket[..count]);
        return bucket[..count];
    }

    // Reorders so that the `count` smallest keys come first (in any order), moving the items with them.
    private static void Select(Span<float> keys, Span<int> items, int count)
    {
        int low = 0, high = keys.Length - 1;
        while (low < high)
        {
            var pivot = keys[low + ((high - low) >> 1)];
            int i = low, j = high;
            while (i <= j)
            {
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i > j) break;
                (keys[i], keys[j]) = (keys[j], keys[i]);
                (items[i], items[j]) = (items[j], items[i]);
                i++;
                j--;
            }
            if (count - 1 <= j) high = j;
            else if (count - 1 >= i) low = i;
            else return;
        }
    }

    /// <summary>Room to reorder <paramref name="count"/> candidates.</summary>
    public int[] OrderFor(int count)
    {
        if (Order.Length < count) Order = new int[Math.Max(count, Order.Length * 2)];
        return Order;
    }

    /// <summary>A unit's count in one search: valid when <see cref="Epoch"/> is the search's.</summary>
    internal struct Tally
    {
        public int Epoch;

        /// <summary>How many of the query's token occurrences looked up it holds.</summary>
        public int Shared;

        /// <summary>The inverse document frequencies of the prefix tokens it holds, summed.</summary>
        public float Weight;

        /// <summary>The unit's length in tokens.</summary>
        public int Length;
    }
}

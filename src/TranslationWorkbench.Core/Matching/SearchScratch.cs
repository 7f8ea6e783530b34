namespace TranslationWorkbench.Core.Matching;

/// <summary>The working memory of one search, reused by the next: per-unit marks stamped with a search number, so nothing is cleared between searches.</summary>
internal sealed class SearchScratch
{
    public int[] Seen { get; private set; } = [];

    public float[] Weight { get; private set; } = [];

    /// <summary>Per candidate, how many of the query's prefix token occurrences it holds.</summary>
    public int[] Shared { get; private set; } = [];

    /// <summary>The candidates reordered by the best score each could reach (<see cref="FuzzyIndex"/>).</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>The best scores found so far, the lowest on top.</summary>
    public PriorityQueue<int, int> Best { get; } = new();

    public int Epoch { get; private set; }

    public List<int> Candidates { get; } = [];

    public TokenMasks Masks { get; } = new();

    public int[] Rows { get; private set; } = new int[256];

    public void Begin(int units, int queryLength)
    {
        if (Seen.Length < units)
        {
            var size = Math.Max(units, Seen.Length * 2);
            Seen = new int[size];
            Weight = new float[size];
            Shared = new int[size];
            Epoch = 0;
        }
        if (Rows.Length < 2 * (queryLength + 1)) Rows = new int[2 * (queryLength + 1)];
        Candidates.Clear();
        Best.Clear();
        if (++Epoch == int.MaxValue)
        {
            Array.Clear(Seen);
            Epoch = 1;
        }
    }

    /// <summary>Room to reorder <paramref name="count"/> candidates.</summary>
    public int[] OrderFor(int count)
    {
        if (Order.Length < count) Order = new int[Math.Max(count, Order.Length * 2)];
        return Order;
    }
}

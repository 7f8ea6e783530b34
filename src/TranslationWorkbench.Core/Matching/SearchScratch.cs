namespace TranslationWorkbench.Core.Matching;

/// <summary>The working memory of one search, reused by the next: per-unit marks stamped with a search number, so nothing is cleared between searches.</summary>
internal sealed class SearchScratch
{
    public int[] Seen { get; private set; } = [];

    public float[] Weight { get; private set; } = [];

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
            Epoch = 0;
        }
        if (Rows.Length < 2 * (queryLength + 1)) Rows = new int[2 * (queryLength + 1)];
        Candidates.Clear();
        if (++Epoch == int.MaxValue)
        {
            Array.Clear(Seen);
            Epoch = 1;
        }
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// The lattice nodes the search visits: for each Arabic position i (0 … n) the English positions Low[i] … High[i].
/// Both bounds never decrease and consecutive rows overlap, so (0,0) always reaches (n,m).
/// </summary>
/// <remarks>
/// Searching a band instead of the whole n×m lattice keeps time and memory linear in the document (Moore 2002,
/// hunalign). Its first centre follows the two texts' cumulative lengths, which drift only as a random walk.
/// </remarks>
internal sealed class AlignmentBand
{
    private AlignmentBand(int[] low, int[] high)
    {
        Low = low;
        High = high;
        RowStart = new long[low.Length + 1];
        for (var i = 0; i < low.Length; i++) RowStart[i + 1] = RowStart[i] + high[i] - low[i] + 1;
    }

    public int[] Low { get; }

    public int[] High { get; }

    /// <summary>Index of node (i, Low[i]) in flat per-node arrays; RowStart[n+1] is the node count.</summary>
    public long[] RowStart { get; }

    public int Rows => Low.Length;

    public long Nodes => RowStart[^1];

    public bool Contains(int i, int j) => j >= Low[i] && j <= High[i];

    public long Index(int i, int j) => RowStart[i] + (j - Low[i]);

    public static AlignmentBand Full(int n, int m) => new(new int[n + 1], Enumerable.Repeat(m, n + 1).ToArray());

    /// <summary>For each Arabic position, the English position that cumulative character counts predict.</summary>
    public static int[] LengthDiagonal(SideEvidence source, SideEvidence target)
    {
        int n = source.Count, m = target.Count;
        var centre = new int[n + 1];
        var sourceTotal = Math.Max(1, source.LengthBefore[n]);
        var targetTotal = Math.Max(1, target.LengthBefore[m]);
        var j = 0;
        for (var i = 0; i <= n; i++)
        {
            var share = (double)source.LengthBefore[i] / sourceTotal;
            while (j < m && (double)target.LengthBefore[j + 1] / targetTotal <= share) j++;
            centre[i] = j;
        }
        centre[n] = m;
        return centre;
    }

    /// <summary>The band of <paramref name="halfWidth"/> around a path given as the lowest and highest English position per row.</summary>
    public static AlignmentBand Around(int[] pathLow, int[] pathHigh, int halfWidth, int m)
    {
        var rows = pathLow.Length;
        var low = new int[rows];
        var high = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            low[i] = Math.Max(0, pathLow[i] - halfWidth);
            high[i] = Math.Min(m, pathHigh[i] + halfWidth);
        }
        low[0] = 0;
        high[rows - 1] = m;
        for (var i = rows - 2; i >= 0; i--) low[i] = Math.Min(low[i], low[i + 1]);
        for (var i = 1; i < rows; i++) high[i] = Math.Max(high[i], high[i - 1]);
        for (var i = 1; i < rows; i++) low[i] = Math.Min(low[i], high[i - 1]);
        return new AlignmentBand(low, high);
    }

    /// <summary>The part of the band between nodes (first, from) and (last, to), renumbered from (0, 0).</summary>
    public AlignmentBand Slice(int first, int last, int from, int to)
    {
        var low = new int[last - first + 1];
        var high = new int[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            low[i - first] = Math.Clamp(Low[i] - from, 0, to - from);
            high[i - first] = Math.Clamp(High[i] - from, 0, to - from);
        }
        return Around(low, high, 0, to - from);
    }

    /// <summary>True when the path runs within <paramref name="margin"/> of an edge that is not the lattice's own.</summary>
    public bool IsTight(IEnumerable<(int I, int J)> nodes, int m, int margin)
    {
        foreach (var (i, j) in nodes)
        {
            if (Low[i] > 0 && j - Low[i] < margin) return true;
            if (High[i] < m && High[i] - j < margin) return true;
        }
        return false;
    }
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Dynamic programming over the band: the cheapest monotonic sequence of beads from (0,0) to (n,m) (Viterbi),
/// and, on request, each of its beads' posterior probability from forward–backward sums over all paths.
/// </summary>
/// <remarks>
/// A bead's posterior is P(the alignment holds exactly this bead | both texts) when costs are read as negative
/// log-probabilities divided by the model's temperature: near 1 when every other way of covering those sentences
/// costs clearly more, low when another split is nearly as good. Reviewers sort by it.
/// The search reads only the last rows of Viterbi costs, so those live in a ring of rows; the forward and backward
/// sums are kept for every node, relative to their row's maximum (a path's log-probability reaches 10⁶ in a long
/// document, so the row's offset is kept in double).
/// The backward sums do not depend on the forward pass and run beside it on another core. A bead whose cost,
/// even with the most it could share, cannot beat the best found so far (Viterbi) or adds less than e⁻¹⁵ of the
/// sum is not scored lexically.
/// </remarks>
internal sealed class AlignmentLattice(AlignmentBand band, BeadCosts costs, double temperature)
{
    private const byte NoShape = byte.MaxValue;
    // A path e^-15 times less likely than the best one through a node changes a posterior by less than 10⁻⁶.
    private const double Negligible = 15;

    private readonly int n = band.Rows - 1;
    private readonly int m = band.High[band.Rows - 1];
    private readonly BeadShapes shapes = costs.Shapes;
    private readonly int width = Enumerable.Range(0, band.Rows).Max(i => band.High[i] - band.Low[i] + 1);

    public IReadOnlyList<LatticeBead> BestPath(bool withPosteriors)
    {
        var back = new byte[band.Nodes];
        if (!withPosteriors)
        {
            Forward(back, null);
            return Trace(back);
        }
        var forward = new RowValues(band);
        var backward = new RowValues(band);
        var backwardPass = Task.Run(() => Backward(backward));
        Forward(back, forward);
        var path = Trace(back);
        backwardPass.GetAwaiter().GetResult();
        var total = forward.Get(n, m);
        return path.Select(bead => bead with { Posterior = Posterior(bead, forward, backward, total) }).ToList();
    }

    private void Forward(byte[] back, RowValues? forward)
    {
        var ring = shapes.MaxSide + 1;
        var best = Rows(ring, double.PositiveInfinity);
        var sums = Rows(ring, double.NegativeInfinity);
        var previousBest = new double[shapes.Count][];
        var previousSums = new double[shapes.Count][];
        var previousLow = new int[shapes.Count];
        var previousHigh = new int[shapes.Count];
        for (var i = 0; i <= n; i++)
        {
            int low = band.Low[i], high = band.High[i];
            var rowBest = best[i % ring];
            var rowSums = sums[i % ring];
            for (var s = 0; s < shapes.Count; s++)
            {
                var pi = i - shapes.Source[s];
                previousLow[s] = pi < 0 ? int.MaxValue : band.Low[pi];
                previousHigh[s] = pi < 0 ? int.MinValue : band.High[pi];
                previousBest[s] = best[(pi + ring) % ring];
                previousSums[s] = sums[(pi + ring) % ring];
            }
            for (var j = low; j <= high; j++)
            {
                var bestCost = i == 0 && j == 0 ? 0 : double.PositiveInfinity;
                var bestShape = NoShape;
                var sum = new LogSum(i == 0 && j == 0 ? 0 : double.NegativeInfinity);
                for (var s = 0; s < shapes.Count; s++)
                {
                    var pj = j - shapes.Target[s];
                    if (pj < previousLow[s] || pj > previousHigh[s]) continue;
                    var pi = i - shapes.Source[s];
                    var before = previousBest[s][pj - previousLow[s]];
                    if (double.IsPositiveInfinity(before)) continue;
                    var baseCost = costs.Base(s, pi, pj);
                    var bound = baseCost - costs.SharedBound(s, pi);
                    var sumBefore = forward is null ? double.NegativeInfinity : previousSums[s][pj - previousLow[s]];
                    var helpsBest = before + bound < bestCost;
                    var helpsSum = forward is not null && sum.Matters(sumBefore - bound / temperature);
                    if (!helpsBest && !helpsSum) continue;
                    var cost = baseCost - costs.Shared(s, pi, pj);
                    if (before + cost < bestCost)
                    {
                        bestCost = before + cost;
                        bestShape = (byte)s;
                    }
                    if (forward is not null) sum.Add(sumBefore - cost / temperature);
                }
                rowBest[j - low] = bestCost;
                rowSums[j - low] = sum.Value;
                back[band.Index(i, j)] = bestShape;
            }
            forward?.SetRow(i, rowSums);
        }
    }

    private void Backward(RowValues backward)
    {
        var ring = shapes.MaxSide + 1;
        var sums = Rows(ring, double.NegativeInfinity);
        var nextSums = new double[shapes.Count][];
        var nextLow = new int[shapes.Count];
        var nextHigh = new int[shapes.Count];
        for (var i = n; i >= 0; i--)
        {
            int low = band.Low[i], high = band.High[i];
            var row = sums[i % ring];
            for (var s = 0; s < shapes.Count; s++)
            {
                var ni = i + shapes.Source[s];
                nextLow[s] = ni > n ? int.MaxValue : band.Low[ni];
                nextHigh[s] = ni > n ? int.MinValue : band.High[ni];
                nextSums[s] = sums[ni % ring];
            }
            for (var j = high; j >= low; j--)
            {
                var sum = new LogSum(i == n && j == m ? 0 : double.NegativeInfinity);
                for (var s = 0; s < shapes.Count; s++)
                {
                    var nj = j + shapes.Target[s];
                    if (nj < nextLow[s] || nj > nextHigh[s]) continue;
                    var after = nextSums[s][nj - nextLow[s]];
                    if (double.IsNegativeInfinity(after)) continue;
                    var baseCost = costs.Base(s, i, j);
                    if (!sum.Matters(after - (baseCost - costs.SharedBound(s, i)) / temperature)) continue;
                    sum.Add(after - (baseCost - costs.Shared(s, i, j)) / temperature);
                }
                row[j - low] = sum.Value;
            }
            backward.SetRow(i, row);
        }
    }

    private List<LatticeBead> Trace(byte[] back)
    {
        var path = new List<LatticeBead>();
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var shape = back[band.Index(i, j)];
            if (shape == NoShape) throw new InvalidOperationException($"The band does not connect (0,0) to ({i},{j}).");
            i -= shapes.Source[shape];
            j -= shapes.Target[shape];
            path.Add(new LatticeBead(i, j, shapes.Source[shape], shapes.Target[shape], double.NaN));
        }
        path.Reverse();
        return path;
    }

    private double Posterior(LatticeBead bead, RowValues forward, RowValues backward, double total)
    {
        var shape = Enumerable.Range(0, shapes.Count).First(s => shapes.Source[s] == bead.SourceCount && shapes.Target[s] == bead.TargetCount);
        var logPosterior = forward.Get(bead.I, bead.J) - costs.Cost(shape, bead.I, bead.J) / temperature
            + backward.Get(bead.I + bead.SourceCount, bead.J + bead.TargetCount) - total;
        return Math.Clamp(Math.Exp(logPosterior), 0, 1);
    }

    private double[][] Rows(int count, double value)
    {
        var rows = new double[count][];
        for (var r = 0; r < count; r++)
        {
            rows[r] = new double[width];
            Array.Fill(rows[r], value);
        }
        return rows;
    }

    /// <summary>A running log(Σ e^term), kept as the largest term and the sum of e^(term − largest).</summary>
    private struct LogSum(double start)
    {
        private double max = start;
        private double scaled = double.IsNegativeInfinity(start) ? 0 : 1;

        public readonly double Value => double.IsNegativeInfinity(max) ? max : max + Math.Log(scaled);

        public readonly bool Matters(double upperBound) => upperBound > max - Negligible;

        public void Add(double term)
        {
            if (double.IsNegativeInfinity(term)) return;
            if (term <= max)
            {
                if (term - max > -Negligible) scaled += Math.Exp(term - max);
                return;
            }
            scaled = (double.IsNegativeInfinity(max) ? 0 : scaled * Math.Exp(max - term)) + 1;
            max = term;
        }
    }

    /// <summary>
    /// One log-sum per node, stored as a half-precision offset from its row's largest finite value: posteriors only
    /// read values within e¹⁵ of the best, where a half is exact to 0.008 (a posterior to 1%), and far below that a
    /// value may round to minus infinity, which is what it amounts to anyway.
    /// </summary>
    private sealed class RowValues(AlignmentBand band)
    {
        private readonly Half[] relative = new Half[band.Nodes];
        private readonly double[] rowOffset = new double[band.Rows];

        public double Get(int i, int j) => rowOffset[i] + (double)relative[band.Index(i, j)];

        public void SetRow(int i, double[] row)
        {
            var count = band.High[i] - band.Low[i] + 1;
            var offset = double.NegativeInfinity;
            for (var k = 0; k < count; k++)
            {
                if (double.IsFinite(row[k])) offset = Math.Max(offset, row[k]);
            }
            if (!double.IsFinite(offset)) offset = 0;
            rowOffset[i] = offset;
            var start = band.RowStart[i];
            for (var k = 0; k < count; k++) relative[start + k] = (Half)(row[k] - offset);
        }
    }
}

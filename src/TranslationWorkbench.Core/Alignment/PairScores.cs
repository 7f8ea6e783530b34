namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// The lexical score of every Arabic–English sentence pair a bead in the band can hold, from which the score of a
/// bead of any shape is put together without intersecting concept sets again.
/// </summary>
/// <remarks>
/// A pair's score is the weight of the concepts the two sentences share, each weighed by its rarity among the
/// English sentences, ln(m / df) capped at ln(IdfCap): a number or name found in one sentence in fifty is strong
/// evidence that two sentences correspond, one found in most sentences is none (IR's idf). What the pair would
/// share by chance is subtracted, so that sentences that do not correspond score zero on average; otherwise every
/// bead would gain by taking in more sentences, each bringing its chance matches.
/// A bead counts a shared concept once, however many of its sentences repeat it (topic words and names recur in
/// consecutive sentences: summing pairs would reward any merge of them). So each pair also records the part of
/// its score due to concepts the previous sentence on the English side (or on the Arabic side) has too, and a
/// bead's second and later sentences add their score less that part. A concept repeated two sentences apart
/// inside one bead still counts twice: rare, and cheap to leave.
/// </remarks>
internal sealed class PairScores
{
    private readonly int[] first;
    private readonly int[] start;
    // Half precision (three significant digits) is plenty for evidence weights, and halves the largest table.
    private readonly Half[] shared;
    private readonly Half[] repeatedInTarget;
    private readonly Half[] repeatedInSource;
    private readonly double[] bestBefore;

    public PairScores(SideEvidence source, SideEvidence target, AlignmentBand band, int maxSentences, double idfCap, int conceptCount)
    {
        int n = source.Count, m = target.Count;
        first = new int[n];
        start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            first[i] = band.Low[Math.Max(0, i - maxSentences + 1)];
            var high = Math.Min(m - 1, band.High[Math.Min(n, i + maxSentences)] - 1);
            start[i + 1] = start[i] + Math.Max(0, high - first[i] + 1);
        }
        shared = new Half[start[n]];
        repeatedInTarget = new Half[start[n]];
        repeatedInSource = new Half[start[n]];
        var best = new float[n];

        var (rarity, share) = Rarity(target, conceptCount, idfCap);
        var meanConcepts = Math.Max(1, (double)target.Concepts.Total / Math.Max(1, target.Count));
        // Each worker marks the Arabic sentence's concepts in a table indexed by concept (stamped with the row, so
        // it is never cleared), then reads each English sentence's concepts against it.
        Parallel.For(0, n, () => new RowMarks(conceptCount), (i, _, marks) =>
        {
            var ids = source.Concepts.Ids(i);
            if (ids.Length == 0) return marks;
            var weights = source.Concepts.Weights(i);
            marks.Mark(i, ids, weights, i > 0 ? source.Concepts.Ids(i - 1) : []);
            var chance = Chance(ids, weights, rarity, share) / meanConcepts;
            float rowBest = 0;
            for (var k = start[i]; k < start[i + 1]; k++)
            {
                var j = first[i] + k - start[i];
                var other = target.Concepts.Ids(j);
                var previousTarget = j > 0 ? target.Concepts.Ids(j - 1) : [];
                float score = 0, inTarget = 0, inSource = 0;
                foreach (var id in other)
                {
                    if (!marks.Has(i, id)) continue;
                    var weight = marks.Weight(id) * rarity[id];
                    score += weight;
                    if (previousTarget.BinarySearch(id) >= 0) inTarget += weight;
                    if (marks.InPrevious(i, id)) inSource += weight;
                }
                shared[k] = (Half)(score - chance * other.Length);
                repeatedInTarget[k] = (Half)inTarget;
                repeatedInSource[k] = (Half)inSource;
                rowBest = Math.Max(rowBest, (float)shared[k]);
            }
            best[i] = rowBest;
            return marks;
        }, _ => { });
        bestBefore = new double[n + 1];
        for (var i = 0; i < n; i++) bestBefore[i + 1] = bestBefore[i] + best[i];
    }

    /// <summary>Index of pair (i, j) for <see cref="At"/> and its siblings; pairs (i, j+1), (i, j+2) … follow it.</summary>
    public int Index(int i, int j) => start[i] + j - first[i];

    /// <summary>The (chance-corrected) score of the pair at <paramref name="index"/>.</summary>
    public float At(int index) => (float)shared[index];

    /// <summary>The part of a pair's score due to concepts the English sentence before it has too.</summary>
    public float RepeatedInTargetAt(int index) => (float)repeatedInTarget[index];

    /// <summary>The part of a pair's score due to concepts the Arabic sentence before it has too.</summary>
    public float RepeatedInSourceAt(int index) => (float)repeatedInSource[index];

    /// <summary>The sum over Arabic sentences first … first+count-1 of their best pair score (never below 0): a bound on what a bead can share.</summary>
    public double BestOfRows(int first, int count) => bestBefore[first + count] - bestBefore[first];

    // What the sentence would share with an English sentence of average evidence picked at random: the sum of
    // its concepts' weights, each times the share of English sentences that have it.
    private static double Chance(ReadOnlySpan<int> ids, ReadOnlySpan<float> weights, float[] rarity, float[] share)
    {
        double chance = 0;
        for (var k = 0; k < ids.Length; k++) chance += weights[k] * rarity[ids[k]] * share[ids[k]];
        return chance;
    }

    private static (float[] Rarity, float[] Share) Rarity(SideEvidence target, int conceptCount, double idfCap)
    {
        var documentFrequency = new int[conceptCount];
        for (var j = 0; j < target.Count; j++)
        {
            foreach (var id in target.Concepts.Ids(j)) documentFrequency[id]++;
        }
        var rarity = new float[conceptCount];
        var share = new float[conceptCount];
        for (var id = 0; id < conceptCount; id++)
        {
            if (documentFrequency[id] == 0) continue;
            rarity[id] = (float)Math.Log(Math.Min(idfCap, (double)target.Count / documentFrequency[id]));
            share[id] = (float)documentFrequency[id] / target.Count;
        }
        return (rarity, share);
    }

    /// <summary>A worker's table of the concepts of the Arabic sentence it is on, and of the sentence before it.</summary>
    private sealed class RowMarks(int conceptCount)
    {
        private readonly int[] row = Filled(conceptCount);
        private readonly int[] previousRow = Filled(conceptCount);
        private readonly float[] weight = new float[conceptCount];

        public void Mark(int i, ReadOnlySpan<int> ids, ReadOnlySpan<float> weights, ReadOnlySpan<int> previous)
        {
            for (var k = 0; k < ids.Length; k++)
            {
                row[ids[k]] = i;
                weight[ids[k]] = weights[k];
            }
            foreach (var id in previous) previousRow[id] = i;
        }

        public bool Has(int i, int id) => row[id] == i;

        public bool InPrevious(int i, int id) => previousRow[id] == i;

        public float Weight(int id) => weight[id];

        private static int[] Filled(int count)
        {
            var array = new int[count];
            Array.Fill(array, -1);
            return array;
        }
    }
}

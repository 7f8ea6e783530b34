namespace TranslationWorkbench.Core.Alignment;

/// <summary>Gale and Church's (1993) length cost: -ln P(|δ|) for δ the standardised difference of the two lengths.</summary>
/// <remarks>
/// δ = (l_en − c·l_ar) / √(s²·l̄), l̄ = (l_ar + l_en/c)/2 as in Gale and Church's program; P(|δ|) = 2(1 − Φ(|δ|)) =
/// erfc(|δ|/√2). The cost is tabulated: it is asked for tens of millions of times in a large document.
/// </remarks>
internal sealed class LengthCost
{
    private const double Step = 1.0 / 32;
    private const double TableEnd = 40;

    private readonly double ratio;
    private readonly double variance;
    private readonly double[] table;

    public LengthCost(double ratio, double variance)
    {
        this.ratio = ratio;
        this.variance = variance;
        table = new double[(int)(TableEnd / Step) + 2];
        for (var i = 0; i < table.Length; i++) table[i] = TailCost(i * Step);
    }

    public double Cost(long arabic, long english)
    {
        if (arabic == 0 && english == 0) return 0;
        var mean = (arabic + english / ratio) / 2;
        var delta = Math.Abs((english - ratio * arabic) / Math.Sqrt(variance * mean));
        if (delta >= TableEnd) return TailCost(delta);
        var position = delta / Step;
        var index = (int)position;
        var fraction = position - index;
        return table[index] + (table[index + 1] - table[index]) * fraction;
    }

    // -ln erfc(z/√2), with Numerical Recipes' erfc approximation (relative error < 1.2e-7) taken in log space so
    // that it stays finite far into the tail.
    private static double TailCost(double z)
    {
        var x = z / Math.Sqrt(2);
        var t = 1 / (1 + 0.5 * x);
        var polynomial = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return -(Math.Log(t) - x * x + polynomial);
    }
}

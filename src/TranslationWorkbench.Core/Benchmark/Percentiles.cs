namespace TranslationWorkbench.Core.Benchmark;

/// <summary>The 50th, 95th and 99th percentiles and the largest of a set of timings, in milliseconds.</summary>
public sealed record Percentiles(double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return new Percentiles(0, 0, 0, 0);
        var sorted = values.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99), sorted[^1]);
    }
}

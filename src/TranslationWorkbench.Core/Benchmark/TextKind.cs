namespace TranslationWorkbench.Core.Benchmark;

/// <summary>The two kinds of benchmark text: stitched from real news sentences, or words drawn with a Zipf spread.</summary>
public enum TextKind
{
    News,
    Zipf,
}

namespace TranslationWorkbench.Core.Alignment;

/// <summary>The bead shapes the search tries: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, then 1-N and N-1 up to the option's N.</summary>
internal sealed class BeadShapes
{
    public BeadShapes(int maxSentencesPerSide)
    {
        var shapes = new List<(int Source, int Target)> { (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2) };
        for (var size = 3; size <= maxSentencesPerSide; size++)
        {
            shapes.Add((size, 1));
            shapes.Add((1, size));
        }
        Source = shapes.Select(shape => shape.Source).ToArray();
        Target = shapes.Select(shape => shape.Target).ToArray();
        MaxSide = Math.Max(2, maxSentencesPerSide);
    }

    public int[] Source { get; }

    public int[] Target { get; }

    public int Count => Source.Length;

    /// <summary>The most sentences a bead takes from one side.</summary>
    public int MaxSide { get; }
}

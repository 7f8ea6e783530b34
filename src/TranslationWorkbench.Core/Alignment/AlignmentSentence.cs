using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>One sentence to align: its text and the paragraph it belongs to (0-based, non-decreasing along a side).</summary>
public sealed record AlignmentSentence(string Text, int Paragraph)
{
    /// <summary>The segmenter's sentences, keeping their paragraphs.</summary>
    public static IReadOnlyList<AlignmentSentence> From(IEnumerable<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return segments.Select(segment => new AlignmentSentence(segment.Text, segment.Paragraph)).ToList();
    }

    /// <summary>One sentence per line with no paragraph structure (all in paragraph 0), as in a `.sentences` file.</summary>
    public static IReadOnlyList<AlignmentSentence> FromLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(line => new AlignmentSentence(line, 0)).ToList();
    }
}

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>A sentence cut from a text: its text, where it starts in the text, and the paragraph it belongs to (0-based).</summary>
public sealed record Segment(string Text, int Start, int Paragraph)
{
    public int End => Start + Text.Length;
}

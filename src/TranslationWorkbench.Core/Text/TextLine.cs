namespace TranslationWorkbench.Core.Text;

/// <summary>One line of a text, without its line break.</summary>
public readonly record struct TextLine(int Start, int Length, bool IsBlank)
{
    public int End => Start + Length;
}

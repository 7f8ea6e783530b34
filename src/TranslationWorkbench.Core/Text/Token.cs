namespace TranslationWorkbench.Core.Text;

/// <summary>A span of the text it was cut from.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public string TextIn(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SpanIn(string text) => text.AsSpan(Start, Length);
}

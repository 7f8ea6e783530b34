namespace TranslationWorkbench.Core.Matching;

/// <summary>A stretch of a text to highlight.</summary>
public readonly record struct TextSpan(int Start, int Length);

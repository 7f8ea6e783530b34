namespace TranslationWorkbench.Core.Tmx;

/// <summary>A place where a TMX file breaks the DTD or a rule of the TMX 1.4b specification.</summary>
public sealed record TmxProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}

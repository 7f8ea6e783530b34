namespace TranslationWorkbench.Core.Tmx;

/// <summary>A unit an import left out, with the line it starts on and why.</summary>
public sealed record SkippedUnit(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

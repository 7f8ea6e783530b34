namespace TranslationWorkbench.Core.Workspace;

/// <summary>What `tw check` found: each problem in words, and what a repair did.</summary>
public sealed record CheckReport(IReadOnlyList<string> Problems, IReadOnlyList<string> Repairs, IReadOnlyList<string> Checked)
{
    public bool Healthy => Problems.Count == 0;
}

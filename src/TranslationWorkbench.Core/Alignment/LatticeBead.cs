namespace TranslationWorkbench.Core.Alignment;

/// <summary>A bead on the best path: its start node (i, j), its shape, and its posterior probability (NaN if not computed).</summary>
internal readonly record struct LatticeBead(int I, int J, int SourceCount, int TargetCount, double Posterior);

namespace TranslationWorkbench.Core.Tmx;

/// <summary>What an export wrote, and the units it had to leave out (text XML 1.0 cannot carry).</summary>
public sealed record ExportReport(string File, string Memory, int Written, IReadOnlyList<string> LeftOut);

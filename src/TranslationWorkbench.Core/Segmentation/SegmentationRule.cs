namespace TranslationWorkbench.Core.Segmentation;

/// <summary>An SRX 2.0 rule: where <see cref="BeforeBreak"/> ends and <see cref="AfterBreak"/> starts, break (or do not).</summary>
public sealed record SegmentationRule(bool Break, string BeforeBreak, string AfterBreak);

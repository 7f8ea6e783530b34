namespace TranslationWorkbench.Core.Translation;

/// <summary>What pre-translation did: segments looked at (those without a translation), filled, and per band.</summary>
public sealed record PretranslationReport(int Untranslated, int Filled, IReadOnlyList<BandCount> FilledByBand);

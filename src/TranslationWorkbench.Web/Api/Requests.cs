namespace TranslationWorkbench.Web.Api;

/// <summary>A translation typed in the editor.</summary>
public sealed record TargetRequest(string Target);

/// <summary>A confirmation: the translation, "translated" or "reviewed", and the match it started from, if any.</summary>
public sealed record ConfirmRequest(string Target, string? Status = null, int? MatchScore = null, long? UnitId = null, long? MemoryId = null);

public sealed record PretranslateRequest(int MinScore = 100, long? MemoryId = null);

public sealed record ConcordanceRequest(string Text, long? MemoryId = null, int Max = 20);

public sealed record UnitRequest(string Source, string Target);

public sealed record AlignRequest(string SourceText, string TargetText, string SourceLanguage = "ar", string TargetLanguage = "en", bool Presegmented = false);

public sealed record PairRequest(string Source, string Target, double? Confidence = null);

public sealed record CommitRequest(IReadOnlyList<PairRequest> Pairs, string Memory = "default", string? Document = null, double MinConfidence = 0, string SourceLanguage = "ar", string TargetLanguage = "en");

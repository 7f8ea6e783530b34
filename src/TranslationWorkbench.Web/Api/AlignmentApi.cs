using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Web.Api;

/// <summary>/api/align: propose the sentence pairs of a text and its translation, and say whether their numbers and names show them to be one; /api/align/commit: store the pairs a reviewer kept.</summary>
internal static class AlignmentApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/align", (AlignRequest request) =>
        {
            if (string.IsNullOrWhiteSpace(request.SourceText) || string.IsNullOrWhiteSpace(request.TargetText))
                throw new InvalidInputException("give both texts: the Arabic and its English translation.");
            var (sourceText, targetText) = (PageBreaks.AsLineBreaks(request.SourceText), PageBreaks.AsLineBreaks(request.TargetText));
            AlignmentTexts.Check(sourceText, "the Arabic text", request.SourceLanguage, targetText, "the translation", request.TargetLanguage);
            var aligned = AlignedDocument.Align(sourceText, targetText, request.SourceLanguage, request.TargetLanguage, request.Presegmented);
            // The check tw align --commit makes; here the reviewer sees it before committing, and decides.
            var evidence = TranslationEvidence.Of(aligned);
            return Results.Ok(new
            {
                source = aligned.Source,
                target = aligned.Target,
                beads = aligned.Beads.Select(b => new { source = b.Source, target = b.Target, confidence = Math.Round(b.Confidence, 4) }),
                evidence = new
                {
                    looksLikeTranslation = evidence.LooksLikeTranslation,
                    evidence.Pairs,
                    evidence.PairsSharing,
                    evidence.SharedOnce,
                    evidence.SharedOnceInPairs,
                    evidence.UnpairedSource,
                    summary = evidence.Summary(),
                    objection = evidence.LooksLikeTranslation ? null : evidence.Objection("The Arabic text", "the English text"),
                },
            });
        });

        api.MapPost("/align/commit", (CommitRequest request, Workspace workspace) =>
        {
            if (request.Pairs is null || request.Pairs.Count == 0) throw new InvalidInputException("there are no pairs to store.");
            if (request.MinConfidence is < 0 or > 1) throw new InvalidInputException($"minConfidence {request.MinConfidence}: give a confidence from 0 to 1.");
            var pairs = request.Pairs.Select(p => new AlignedPair(p.Source ?? "", p.Target ?? "", p.Confidence ?? 1)).ToList();
            var report = AlignmentCommit.Run(workspace.Memories, request.Memory, request.SourceLanguage, request.TargetLanguage, pairs, request.Document, request.MinConfidence);
            return Results.Ok(new { stored = report.Stored, merged = report.Merged, skipped = report.Skipped, memory = report.Memory });
        });
    }
}

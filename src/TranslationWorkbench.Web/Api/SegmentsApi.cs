using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Web.Api;

/// <summary>/api/segments: one segment's matches, drafts and confirmations, revisions and their diffs.</summary>
internal static class SegmentsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/segments/{id:long}", (long id, Workspace workspace) =>
            workspace.Documents.FindSegment(id) is { } segment ? Results.Ok(segment) : ApiResults.NotFound($"segment {id}"));

        api.MapGet("/segments/{id:long}/matches", (long id, long? memoryId, int? max, int? minScore, Workspace workspace) =>
        {
            if (workspace.Documents.FindSegment(id) is not { } segment) return ApiResults.NotFound($"segment {id}");
            var document = workspace.Documents.Get(segment.DocumentId)!;
            var segments = workspace.Documents.Segments(document.Id);
            var memory = DocumentsApi.MemoryFor(workspace, document, memoryId);
            var query = new MatchQuery(segment.Source, SegmentContexts.Of(segments, segment.Position));
            var matches = new FuzzyMatcher(workspace).Find(memory, query, new MatchOptions(Math.Clamp(minScore ?? 50, 1, 100), Math.Clamp(max ?? 5, 1, 20)));
            return Results.Ok(new { memory = memory.Name, memoryId = memory.Id, matches = matches.Select(Json) });
        });

        api.MapPost("/segments/{id:long}/draft", (long id, TargetRequest request, Workspace workspace) =>
            workspace.Documents.FindSegment(id) is null ? ApiResults.NotFound($"segment {id}") : Results.Ok(new SegmentEditor(workspace).SaveDraft(id, request.Target ?? "")));

        api.MapPost("/segments/{id:long}/confirm", (long id, ConfirmRequest request, Workspace workspace) =>
        {
            if (workspace.Documents.FindSegment(id) is not { } segment) return ApiResults.NotFound($"segment {id}");
            var document = workspace.Documents.Get(segment.DocumentId)!;
            var status = request.Status is { Length: > 0 } text ? SegmentStatuses.Parse(text) : SegmentStatus.Translated;
            if (!status.IsDone()) throw new InvalidInputException($"status '{request.Status}': confirming makes a segment translated or reviewed.");
            var memory = DocumentsApi.MemoryFor(workspace, document, request.MemoryId);
            var confirmation = new SegmentEditor(workspace).Confirm(id, request.Target ?? "", memory, status, request.MatchScore, request.UnitId);
            return Results.Ok(confirmation);
        });

        api.MapGet("/segments/{id:long}/revisions", (long id, Workspace workspace) =>
            workspace.Documents.FindSegment(id) is null ? ApiResults.NotFound($"segment {id}") : Results.Ok(workspace.Documents.Revisions(id)));

        // as `tw diff SEGMENT`: the latest revision against the one before it, unless from and to say otherwise
        api.MapGet("/segments/{id:long}/diff", (long id, int? from, int? to, Workspace workspace) =>
        {
            if (workspace.Documents.FindSegment(id) is null) return ApiResults.NotFound($"segment {id}");
            var revisions = workspace.Documents.Revisions(id);
            if (revisions.Count == 0 && to is null) throw new InvalidInputException($"segment {id} has no translation yet, so no revisions to compare.");
            var newerNumber = to ?? revisions[^1].Number;
            var olderNumber = from ?? Math.Max(1, newerNumber - 1);
            var older = revisions.FirstOrDefault(r => r.Number == olderNumber);
            var newer = revisions.FirstOrDefault(r => r.Number == newerNumber);
            if (older is null || newer is null) return ApiResults.NotFound($"revision {(older is null ? olderNumber : newerNumber)} of segment {id}");
            return Results.Ok(new { from = olderNumber, to = newerNumber, diff = WordDiff.Between(older.Target, newer.Target) });
        });
    }

    public static object Json(Match match) => new
    {
        match.Score,
        match.Kind,
        unitId = match.Unit.Id,
        source = match.Unit.Source,
        target = match.Unit.Target,
        origin = match.Unit.Origin,
        changedAt = match.Unit.ChangedAt,
        changedBy = match.Unit.ChangedBy,
        match.Penalties,
        match.SpellingOnly,
        match.Numbers,
        match.Diff,
    };
}

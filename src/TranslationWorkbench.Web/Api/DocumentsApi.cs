using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Translation;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Web.Api;

/// <summary>/api/documents: list with progress, upload, delete, segments, analysis, pre-translation, export.</summary>
internal static class DocumentsApi
{
    // an upload's errors advise in the words of the Documents page's form (its From and To fields) and the page's menu
    private static readonly ImportAdvice UploadAdvice = new("From", "To", ", ", "on the Alignment page", "use the Memory page's Import TMX or TSV");

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", (Workspace workspace) => workspace.Documents.List().Select(Summary));

        api.MapPost("/documents", async (HttpRequest request, Workspace workspace) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files.GetFile("file") ?? throw new InvalidInputException("the upload has no file (a form field named 'file').");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            var name = Path.GetFileName(file.FileName);
            var text = TextFile.Decode(buffer.ToArray(), name, NullIfEmpty(form["encoding"]));
            var import = workspace.Documents.ImportText(text, name, NullIfEmpty(form["sourceLanguage"]) ?? "ar", NullIfEmpty(form["targetLanguage"]) ?? "en", NullIfEmpty(form["name"]), UploadAdvice);
            return Results.Ok(new { document = import.Document, import.AlreadyImported, import.Segments, import.Words });
        }).DisableAntiforgery();

        api.MapGet("/documents/{id:long}", (long id, Workspace workspace) =>
            workspace.Documents.List().FirstOrDefault(p => p.Document.Id == id) is { } progress ? Results.Ok(Summary(progress)) : ApiResults.NotFound($"document {id}"));

        api.MapDelete("/documents/{id:long}", (long id, Workspace workspace) =>
            workspace.Documents.Delete(id) ? Results.NoContent() : ApiResults.NotFound($"document {id}"));

        api.MapGet("/documents/{id:long}/segments", (long id, string? status, Workspace workspace) =>
        {
            if (workspace.Documents.Get(id) is null) return ApiResults.NotFound($"document {id}");
            var segments = workspace.Documents.Segments(id);
            if (status is { Length: > 0 })
            {
                var wanted = SegmentStatuses.Parse(status);
                segments = segments.Where(s => s.Status == wanted).ToList();
            }
            return Results.Ok(segments);
        });

        api.MapGet("/documents/{id:long}/analysis", (long id, long? memoryId, Workspace workspace) =>
        {
            if (workspace.Documents.Get(id) is not { } document) return ApiResults.NotFound($"document {id}");
            var analysis = new Analyzer(workspace).Analyze(document, MemoryFor(workspace, document, memoryId));
            return Results.Ok(new { analysis.Memory, analysis.Bands, analysis.TotalSegments, analysis.TotalWords, analysis.Segments });
        });

        api.MapPost("/documents/{id:long}/pretranslate", (long id, PretranslateRequest request, Workspace workspace) =>
        {
            if (workspace.Documents.Get(id) is not { } document) return ApiResults.NotFound($"document {id}");
            if (request.MinScore is < 1 or > 101) throw new InvalidInputException($"minScore {request.MinScore}: give a score from 1 to 101.");
            return Results.Ok(new Pretranslator(workspace).Run(document, MemoryFor(workspace, document, request.MemoryId), request.MinScore));
        });

        api.MapGet("/documents/{id:long}/export.txt", (long id, HttpResponse response, Workspace workspace) =>
        {
            if (workspace.Documents.Get(id) is not { } document) return ApiResults.NotFound($"document {id}");
            var (text, _, untranslated, _) = DocumentExport.Text(workspace, document);
            response.Headers["X-Untranslated-Segments"] = untranslated.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", $"{document.Name}.{document.TargetLanguage}.txt");
        });

        api.MapGet("/documents/{id:long}/export.tmx", (long id, Workspace workspace) =>
        {
            if (workspace.Documents.Get(id) is not { } document) return ApiResults.NotFound($"document {id}");
            var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.tmx");
            DocumentTmxExport.Run(workspace, document, path);
            return TemporaryFile.Result(path, "application/x-tmx+xml", $"{document.Name}.tmx");
        });
    }

    /// <summary>The memory a document works with: the one asked for, or the default memory (or the only one) for its language pair.</summary>
    public static TranslationMemory MemoryFor(Workspace workspace, Document document, long? memoryId) =>
        memoryId is { } id
            ? workspace.Memories.List().FirstOrDefault(memory => memory.Id == id) ?? throw new InvalidInputException($"there is no memory {id}.")
            : workspace.Memories.DefaultFor(document.SourceLanguage, document.TargetLanguage);

    private static object Summary(DocumentProgress progress) => new
    {
        progress.Document.Id,
        progress.Document.Name,
        progress.Document.SourceLanguage,
        progress.Document.TargetLanguage,
        progress.Document.ImportedAt,
        progress.Segments,
        progress.TranslatedSegments,
        progress.Words,
        progress.TranslatedWords,
        progress.DraftSegments,
        progress.DraftWords,
    };

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();
}

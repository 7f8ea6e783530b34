using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranslationWorkbench.Core;
using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Web.Api;

/// <summary>/api/memories, /api/units, /api/concordance: browse, search, edit and delete units, import and export TMX.</summary>
internal static class MemoriesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/memories", (Workspace workspace) =>
            workspace.Memories.List().Select(memory => new { memory.Id, memory.Name, memory.SourceLanguage, memory.TargetLanguage, units = workspace.Memories.Count(memory) }));

        api.MapGet("/memories/{id:long}/units", (long id, int? offset, int? limit, Workspace workspace) =>
            MemoryWithId(workspace, id) is { } memory
                ? Results.Ok(workspace.Memories.Page(memory, Math.Max(0, offset ?? 0), Math.Clamp(limit ?? 50, 1, 500)))
                : ApiResults.NotFound($"memory {id}"));

        api.MapPost("/concordance", (ConcordanceRequest request, Workspace workspace) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text)) throw new InvalidInputException("give a word or phrase to look for.");
            var memory = request.MemoryId is { } memoryId ? MemoryWithId(workspace, memoryId) : workspace.Memories.Default();
            if (memory is null) return ApiResults.NotFound(request.MemoryId is { } missing ? $"memory {missing}" : "memory 'default'");
            var hits = new Concordance(workspace).Search(memory, request.Text, Math.Clamp(request.Max, 1, 200));
            return Results.Ok(hits.Select(hit => new { hit.Unit, hit.InSource, hit.InTarget, hit.SourceHits, hit.TargetHits }));
        });

        api.MapPut("/units/{id:long}", (long id, UnitRequest request, Workspace workspace) =>
        {
            if (workspace.Memories.Unit(id) is not { } unit) return ApiResults.NotFound($"unit {id}");
            if (string.IsNullOrWhiteSpace(request.Source) || string.IsNullOrWhiteSpace(request.Target))
                throw new InvalidInputException("a unit needs both a source and a target.");
            // the two fields swapped would spoil the memory: refused, as `tw tm edit` refuses them
            var memory = workspace.Memories.Get(unit.MemoryId);
            var pair = $"memory '{memory.Name}' is {memory.SourceLanguage}→{memory.TargetLanguage}";
            if (ArabicScript.IsMissingFrom(request.Source, memory.SourceLanguage))
                throw new InvalidInputException($"the source \"{request.Source.Trim()}\" has not one Arabic letter, and {pair}: is it the translation?");
            if (ArabicScript.IsArabicInsteadOf(request.Target, memory.TargetLanguage))
                throw new InvalidInputException($"the translation \"{request.Target.Trim()}\" is in Arabic script, and {pair}: is it the source?");
            return Results.Ok(workspace.Memories.Update(id, request.Source.Trim(), request.Target.Trim()));
        });

        api.MapDelete("/units/{id:long}", (long id, Workspace workspace) =>
            workspace.Memories.Delete(id) ? Results.NoContent() : ApiResults.NotFound($"unit {id}"));

        api.MapPost("/memories/import", async (HttpRequest request, Workspace workspace) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files.GetFile("file") ?? throw new InvalidInputException("the upload has no file (a form field named 'file').");
            var name = Path.GetFileName(file.FileName);
            // the upload is parsed from a private temporary file: the client's file name is only used in messages
            var path = Path.Combine(Path.GetTempPath(), $"tw-upload-{Guid.NewGuid():N}{(name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? ".tsv" : ".tmx")}");
            try
            {
                await using (var stream = File.Create(path)) await file.CopyToAsync(stream);
                var memory = string.IsNullOrWhiteSpace(form["memory"]) ? TranslationMemory.DefaultName : form["memory"].ToString();
                var source = string.IsNullOrWhiteSpace(form["sourceLanguage"]) ? "ar" : form["sourceLanguage"].ToString();
                var target = string.IsNullOrWhiteSpace(form["targetLanguage"]) ? "en" : form["targetLanguage"].ToString();
                var report = path.EndsWith(".tsv", StringComparison.Ordinal)
                    ? TsvImport.Run(workspace, path, memory, source, target)
                    : TmxImport.Run(workspace, path, memory, source, target);
                return Results.Ok(report with { File = name });
            }
            catch (InvalidInputException e)
            {
                throw new InvalidInputException(e.Message.Replace(path, name, StringComparison.Ordinal), e);
            }
            finally
            {
                File.Delete(path);
            }
        }).DisableAntiforgery();

        api.MapGet("/memories/{id:long}/export.tmx", (long id, Workspace workspace) =>
        {
            if (MemoryWithId(workspace, id) is not { } memory) return ApiResults.NotFound($"memory {id}");
            var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.tmx");
            TmxExport.Run(workspace, memory, path);
            return TemporaryFile.Result(path, "application/x-tmx+xml", $"{memory.Name}.tmx");
        });
    }

    private static TranslationMemory? MemoryWithId(Workspace workspace, long id) => workspace.Memories.List().FirstOrDefault(memory => memory.Id == id);
}

using Microsoft.AspNetCore.Http;

namespace TranslationWorkbench.Web.Api;

/// <summary>A download written to a temporary file first (TMX is streamed to disk), deleted once sent.</summary>
internal static class TemporaryFile
{
    public static IResult Result(string path, string contentType, string downloadName)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, FileOptions.DeleteOnClose);
        return Results.File(stream, contentType, downloadName);
    }
}

using Microsoft.AspNetCore.Http;

namespace TranslationWorkbench.Web;

/// <summary>
/// Changes come only from the workbench's own pages: a request that is not GET or HEAD and comes from a
/// foreign origin (a page on another site posting to 127.0.0.1) is refused with 403. Browsers send Origin
/// or Sec-Fetch-Site with such requests; tools like curl send neither and are allowed.
/// </summary>
internal sealed class SameOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || IsSameOrigin(request)) return next(context);
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-origin request refused.",
            detail: "The workbench accepts changes only from its own pages.").ExecuteAsync(context);
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core;

namespace TranslationWorkbench.Web;

/// <summary>The edge of the web API: bad input becomes a 400 ProblemDetails with the message; a body too large a 413.</summary>
internal sealed class ProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (InvalidInputException e)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The input cannot be used.", e.Message);
        }
        catch (BadHttpRequestException e)
        {
            await Problem(context, e.StatusCode, "The request cannot be read.", RequestErrorText.Of(e));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            await Problem(context, StatusCodes.Status413PayloadTooLarge, "The upload is too large.", e.Message);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, "The workspace is busy; try again.", e.Message);
        }
    }

    private static Task Problem(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) throw new InvalidOperationException(detail);
        context.Response.Clear();
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    }
}

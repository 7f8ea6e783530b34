using Microsoft.AspNetCore.Http;

namespace TranslationWorkbench.Web.Api;

/// <summary>The API's answers for what is not there.</summary>
internal static class ApiResults
{
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"There is no {what}.");
}

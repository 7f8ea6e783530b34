using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TranslationWorkbench.Web;

/// <summary>What a request that could not be read did wrong, in the API's words rather than ASP.NET's (which name .NET types: "Nullable&lt;int&gt; max").</summary>
internal static partial class RequestErrorText
{
    public static string Of(BadHttpRequestException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (BindFailure().Match(error.Message) is { Success: true } bind)
        {
            return $"{bind.Groups["name"].Value}: \"{bind.Groups["value"].Value}\" is not {Expected(bind.Groups["type"].Value)}.";
        }
        if (BodyFailure().IsMatch(error.Message))
        {
            var place = error.InnerException is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? $" (line {line + 1}, byte {position + 1})"
                : "";
            return $"the body is not the JSON this route reads{place}.";
        }
        return error.Message;
    }

    private static string Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>') switch
    {
        "int" or "long" or "short" => "a whole number",
        "double" or "float" or "decimal" => "a number",
        "bool" => "true or false",
        _ => "a value this route takes",
    };

    // ASP.NET Core's messages (RequestDelegateFactory): the parameter's type and name, and the value given
    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Failed to read parameter \"[^\"]+\" from the request body as JSON")]
    private static partial Regex BodyFailure();
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Cli;

/// <summary>JSON for scripts: camelCase, Arabic written as itself rather than as \u escapes, times in UTC with a Z.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    public static void Write<T>(TextWriter output, T value, bool indented = true) =>
        output.WriteLine(JsonSerializer.Serialize(value, indented ? Indented : Compact));

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcTimeJsonConverter() },
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>Times in JSON as the workspace stores them, "2020-02-07T10:30:00Z", not System.Text.Json's "+00:00" form.</summary>
/// <remarks>One form everywhere (TMX, the workspace, the CLI's and the web API's JSON), so a script compares them as text.</remarks>
public sealed class UtcTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Timestamps.Parse(reader.GetString() ?? throw new JsonException("A time is a string."));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Timestamps.Format(value));
    }
}

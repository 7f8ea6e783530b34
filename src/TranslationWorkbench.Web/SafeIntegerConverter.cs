using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranslationWorkbench.Web;

/// <summary>
/// 64-bit integers beyond JavaScript's 2^53 (the match-key and context hashes) go out as strings, so a browser
/// never rounds them; every other integer stays a number. Both forms are read back.
/// </summary>
internal sealed class SafeIntegerConverter : JsonConverter<long>
{
    private const long Largest = (1L << 53) - 1;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? long.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : reader.GetInt64();

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        if (value is >= -Largest and <= Largest) writer.WriteNumberValue(value);
        else writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranslationWorkbench.Core.Memory;

/// <summary>A unit's extra TMX props and notes as JSON, as every memory store keeps them.</summary>
public static class UnitProperties
{
    public static string? ToJson(IReadOnlyList<UnitProperty> properties) =>
        properties.Count == 0 ? null : JsonSerializer.Serialize(properties, UnitPropertiesJson.Default.IReadOnlyListUnitProperty);

    public static IReadOnlyList<UnitProperty> FromJson(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, UnitPropertiesJson.Default.IReadOnlyListUnitProperty) ?? [];
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<UnitProperty>))]
internal sealed partial class UnitPropertiesJson : JsonSerializerContext;

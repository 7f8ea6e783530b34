using System.Globalization;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>
/// What the workbench knows about a unit that TMX has no attribute for, as &lt;prop&gt;s with x- types
/// (TMX 1.4b §3.4: user-defined types start with "x-"); and OmegaT's prev/next context props, read on import.
/// </summary>
public static class WorkbenchProperties
{
    public const string Origin = "x-origin";
    public const string Document = "x-document";

    /// <summary>"previous, next": 64-bit match-key hashes of the neighbouring source segments, either may be empty.</summary>
    public const string Context = "x-context";

    private const string OmegaTPrevious = "prev";
    private const string OmegaTNext = "next";

    public static IReadOnlyList<UnitProperty> For(MemoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var properties = new List<UnitProperty> { new(Origin, unit.Origin.ToText()) };
        if (unit.Document is not null) properties.Add(new UnitProperty(Document, unit.Document));
        if (unit.Context.IsKnown) properties.Add(new UnitProperty(Context, $"{Text(unit.Context.Previous)}, {Text(unit.Context.Next)}"));
        return properties;
    }

    /// <summary>Reads the workbench's own props (and OmegaT's prev/next) into <paramref name="unit"/>; the others stay as they are.</summary>
    public static MemoryUnit Apply(MemoryUnit unit, IReadOnlyList<UnitProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(properties);
        if (properties.Count == 0) return unit;
        var (origin, document, context) = (unit.Origin, unit.Document, unit.Context);
        List<UnitProperty>? kept = null;
        string? previousText = null, nextText = null;
        foreach (var property in properties)
        {
            switch (property.Type)
            {
                case Origin when UnitOrigins.TryParse(property.Value, out var parsed):
                    origin = parsed;
                    break;
                case Document:
                    document = property.Value;
                    break;
                case Context when TryParseContext(property.Value, out var parsed):
                    context = parsed;
                    break;
                case OmegaTPrevious:
                    previousText = property.Value;
                    (kept ??= []).Add(property);
                    break;
                case OmegaTNext:
                    nextText = property.Value;
                    (kept ??= []).Add(property);
                    break;
                default:
                    (kept ??= []).Add(property);
                    break;
            }
        }
        if (!context.IsKnown && (previousText is not null || nextText is not null)) context = UnitContext.Between(previousText, nextText);
        // one copy of the unit however many props it had, and none when they only said what it was (a TMX of ours:
        // x-origin on every unit of a million-unit import)
        if (kept is null && origin == unit.Origin && document == unit.Document && context == unit.Context && unit.Properties.Count == 0) return unit;
        return unit with { Origin = origin, Document = document, Context = context, Properties = kept ?? [] };
    }

    private static string Text(long? hash) => hash?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static bool TryParseContext(string value, out UnitContext context)
    {
        context = default;
        var parts = value.Split(',');
        if (parts.Length != 2) return false;
        if (!TryParseHash(parts[0], out var previous) || !TryParseHash(parts[1], out var next)) return false;
        context = new UnitContext(previous, next);
        return true;
    }

    private static bool TryParseHash(string text, out long? hash)
    {
        hash = null;
        text = text.Trim();
        if (text.Length == 0) return true;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return false;
        hash = value;
        return true;
    }

    /// <summary>The hash of a previous or next segment, computed the way the workbench computes it.</summary>
    public static long HashOf(string sourceText) => TextHash.OfKey(sourceText);
}

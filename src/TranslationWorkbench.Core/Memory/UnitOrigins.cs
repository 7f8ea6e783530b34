namespace TranslationWorkbench.Core.Memory;

/// <summary>Origins as the workspace and TMX's x-origin property spell them.</summary>
public static class UnitOrigins
{
    public static string ToText(this UnitOrigin origin) => origin switch
    {
        UnitOrigin.Alignment => "alignment",
        UnitOrigin.Translation => "translation",
        UnitOrigin.Import => "import",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static bool TryParse(string? text, out UnitOrigin origin)
    {
        (var known, origin) = text switch
        {
            "alignment" => (true, UnitOrigin.Alignment),
            "translation" => (true, UnitOrigin.Translation),
            "import" => (true, UnitOrigin.Import),
            _ => (false, UnitOrigin.Import),
        };
        return known;
    }
}

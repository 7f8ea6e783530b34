using System.Text.RegularExpressions;

namespace TranslationWorkbench.Core.Text;

/// <summary>BCP 47 language tags as the workbench uses them: checked, compared case-insensitively, with region fallback.</summary>
public static partial class LanguageCode
{
    // RFC 5646 §2.1, without the grandfathered and private-use-only forms: language, script, region, variants, extensions.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-x(-[A-Za-z0-9]{1,8})+)?$")]
    private static partial Regex Bcp47();

    public static bool IsValid(string code) => code is not null && Bcp47().IsMatch(code);

    /// <summary>The tag as given, or an error naming where it came from.</summary>
    public static string Check(string code, string where)
    {
        if (!IsValid(code)) throw new InvalidInputException($"{where}: '{code}' is not a BCP 47 language code (like ar, en, en-GB).");
        return code;
    }

    /// <summary>The primary language subtag, lower case: "ar-SA" → "ar".</summary>
    public static string Primary(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var dash = code.IndexOfAny(['-', '_']);
        return (dash < 0 ? code : code[..dash]).ToLowerInvariant();
    }

    /// <summary>True when text in <paramref name="code"/> can stand for <paramref name="wanted"/>.</summary>
    /// <remarks>
    /// The same tag ignoring case; a regional tag for a bare language ("ar-SA" serves "ar", "EN-US" serves "en");
    /// a bare language for a regional one ("en" serves "en-GB"). Two different regions never serve each other,
    /// so a file with en-US and en-GB variants keeps them apart.
    /// </remarks>
    public static bool Serves(string code, string wanted)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(wanted);
        if (string.Equals(code, wanted, StringComparison.OrdinalIgnoreCase)) return true;
        var samePrimary = string.Equals(Primary(code), Primary(wanted), StringComparison.Ordinal);
        return samePrimary && (IsBare(code) || IsBare(wanted));
    }

    private static bool IsBare(string code) => code.IndexOfAny(['-', '_']) < 0;
}

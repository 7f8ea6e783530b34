namespace TranslationWorkbench.Core.Memory;

/// <summary>LIKE patterns with the user's text escaped (backslash as the escape character): % and _ in a search are literal.</summary>
public static class SqlLike
{
    public static string Containing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
    }
}

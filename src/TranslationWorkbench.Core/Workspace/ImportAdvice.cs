using System.Globalization;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>
/// The words an import's errors give their advice in, those of the place the text came in by: the command line's
/// options (<see cref="CommandLine"/>), or the web workbench's upload form, which the web project names with its own.
/// </summary>
/// <param name="SourceLanguage">What sets the text's language: "--lang".</param>
/// <param name="TargetLanguage">What sets the language it is translated into: "--target-lang".</param>
/// <param name="Between">What separates the two when both are given: "--lang en --target-lang ar".</param>
/// <param name="Alignment">Where a translation is aligned with its Arabic text; {0} stands for the file: "tw align ARABIC.txt {0}".</param>
/// <param name="MemoryImport">How a TMX file's units go into a memory: "use tw tm import".</param>
public sealed record ImportAdvice(string SourceLanguage, string TargetLanguage, string Between, string Alignment, string MemoryImport)
{
    public static ImportAdvice CommandLine { get; } = new("--lang", "--target-lang", " ", "tw align ARABIC.txt {0}", "use tw tm import");

    /// <summary>"--lang ar", or with a target "--lang en --target-lang ar".</summary>
    public string Languages(string source, string? target = null) =>
        target is null ? $"{SourceLanguage} {source}" : $"{SourceLanguage} {source}{Between}{TargetLanguage} {target}";

    /// <summary>Where <paramref name="file"/>, a translation, is aligned with its Arabic text.</summary>
    public string AlignmentOf(string file) => string.Format(CultureInfo.InvariantCulture, Alignment, file);
}

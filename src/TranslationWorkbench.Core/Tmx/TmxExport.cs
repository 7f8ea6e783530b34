using System.Reflection;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Exports a memory (or the units of one document, or those changed since a date) as TMX 1.4b.</summary>
/// <remarks>The file is written beside its final name and moved there at the end: a failed export leaves no half file.</remarks>
public static class TmxExport
{
    public const string CreationTool = "TranslationWorkbench";

    public static string CreationToolVersion { get; } =
        typeof(TmxExport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static ExportReport Run(Workspace.Workspace workspace, TranslationMemory memory, string path, UnitFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(memory);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new InvalidInputException($"{path}: is a folder; give a file name for the TMX.");
        var temporary = fullPath + ".partial";
        var leftOut = new List<string>();
        var written = 0;
        try
        {
            using (var writer = TmxWriter.Create(File.Create(temporary), HeaderFor(memory, workspace.Clock.GetUtcNow())))
            {
                // the reading thread also checks and converts each unit, leaving only the XML to this one
                var units = workspace.Memories.Units(memory, filter)
                    .Select(unit => ForbiddenCharacter(unit) is { } problem ? new Exported(unit.Id, problem, null) : new Exported(unit.Id, null, ToTmx(unit, memory)));
                foreach (var (id, problem, tmx) in units.Ahead())
                {
                    if (tmx is null)
                    {
                        leftOut.Add($"unit {id}: {problem}, which XML 1.0 cannot carry; left out");
                        continue;
                    }
                    writer.Write(tmx);
                    written++;
                }
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return new ExportReport(path, memory.Name, written, leftOut);
    }

    public static TmxHeader HeaderFor(TranslationMemory memory, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return new TmxHeader(CreationTool, CreationToolVersion, "sentence", CreationTool, "en", memory.SourceLanguage, "plaintext", now);
    }

    public static TmxUnit ToTmx(MemoryUnit unit, TranslationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(memory);
        var variants = new[]
        {
            new TmxVariant(memory.SourceLanguage, unit.Source, unit.SourceMarkup, 0) { Properties = Scoped(unit, PropertyScope.Source) },
            new TmxVariant(memory.TargetLanguage, unit.Target, unit.TargetMarkup, 0) { Properties = Scoped(unit, PropertyScope.Target) },
        };
        return new TmxUnit(unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), variants, 0)
        {
            Properties = [.. WorkbenchProperties.For(unit), .. Scoped(unit, PropertyScope.Unit)],
            Audit = new TmxAudit(unit.CreatedAt, unit.CreatedBy, unit.ChangedAt, unit.ChangedBy, unit.UsageCount, unit.LastUsedAt),
        };
    }

    private static IReadOnlyList<UnitProperty> Scoped(MemoryUnit unit, PropertyScope scope) =>
        unit.Properties.Where(p => p.Scope == scope).Select(p => p with { Scope = PropertyScope.Unit }).ToList();

    private sealed record Exported(long Id, string? Problem, TmxUnit? Tmx);

    private static string? ForbiddenCharacter(MemoryUnit unit)
    {
        var fields = new (string Name, string? Text)[]
        {
            ("the source", unit.Source), ("the target", unit.Target), ("the source markup", unit.SourceMarkup),
            ("the target markup", unit.TargetMarkup), ("the document name", unit.Document), ("the creator", unit.CreatedBy),
            ("the changer", unit.ChangedBy),
        };
        foreach (var (name, text) in fields.Concat(unit.Properties.Select(p => ($"the property {p.Type ?? "note"}", (string?)p.Value))))
        {
            if (XmlCharacters.FirstForbidden(text) is { } where) return $"{name} has {where}";
        }
        return null;
    }
}

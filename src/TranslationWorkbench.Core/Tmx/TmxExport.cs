using System.Reflection;
using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Exports a memory (or the units of one document, or those changed since a date) as TMX 1.4b.</summary>
/// <remarks>
/// The file is written beside its final name and moved there at the end: a failed export leaves no half file. A file
/// already there is replaced only when asked (<c>--force</c>), and never a document's original (<see cref="OutputPath"/>).
/// </remarks>
public static class TmxExport
{
    public const string CreationTool = "TranslationWorkbench";

    public static string CreationToolVersion { get; } =
        typeof(TmxExport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static ExportReport Run(Workspace.Workspace workspace, TranslationMemory memory, string path, UnitFilter? filter = null, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(memory);
        var fullPath = OutputPath.Check(path, "the TMX", replace, workspace);
        var temporary = fullPath + ".partial";
        var leftOut = new List<string>();
        var written = 0;
        try
        {
            using (var writer = TmxWriter.Create(File.Create(temporary), HeaderFor(memory, workspace.Clock.GetUtcNow())))
            {
                // rows are read on a second thread; checking, converting and writing them takes about as long here
                foreach (var unit in workspace.Memories.Units(memory, filter).Ahead())
                {
                    if (writer.TryWrite(ToTmx(unit, memory), out var problem)) written++;
                    else leftOut.Add($"unit {unit.Id}: {problem}, which XML 1.0 cannot carry; left out");
                }
            }
            // a document name that matches no unit is most likely mistyped: an error, and the file there is kept
            if (written == 0 && filter?.Document is { } document)
            {
                throw new InvalidInputException($"no unit of memory '{memory.Name}' came from a document named '{document}'; {path} not written.");
            }
            File.Move(temporary, fullPath, overwrite: replace);
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
        // the file's own tuid when the unit came from one, else the unit's id (TMX asks of a tuid neither uniqueness nor form)
        return new TmxUnit(unit.TuId ?? unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), variants, 0)
        {
            Properties = [.. WorkbenchProperties.For(unit), .. Scoped(unit, PropertyScope.Unit)],
            Audit = new TmxAudit(unit.CreatedAt, unit.CreatedBy, unit.ChangedAt, unit.ChangedBy, unit.UsageCount, unit.LastUsedAt),
        };
    }

    // most units have no properties of their own: no LINQ for them (this runs for every unit of an export)
    private static IReadOnlyList<UnitProperty> Scoped(MemoryUnit unit, PropertyScope scope) =>
        unit.Properties.Count == 0 ? [] : unit.Properties.Where(p => p.Scope == scope).Select(p => p with { Scope = PropertyScope.Unit }).ToList();
}

using System.Globalization;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Imports a TMX file into a memory, in one transaction: a file that fails to parse imports nothing.</summary>
/// <remarks>
/// Parsing and preparing units runs a step ahead of the inserts on a second thread (<see cref="Prefetch"/>).
/// Takes the requested language pair from any variant order and from multilingual files, with region
/// fallback (<see cref="LanguageCode.Serves"/>), whatever the header's srclang says (an English-source file
/// imports as Arabic→English when that is the pair asked for). Units without one of the languages, or with an
/// empty side, are skipped and reported with their line.
/// </remarks>
public static class TmxImport
{
    public static ImportReport Run(
        Workspace.Workspace workspace, string path, string memoryName, string sourceLanguage, string targetLanguage,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        LanguageCode.Check(sourceLanguage, "--source-lang");
        LanguageCode.Check(targetLanguage, "--target-lang");
        using var reader = TmxReader.Open(path);
        var otherMemories = NewMemory.OthersIfMissing(workspace.Memories, memoryName);
        using var batch = workspace.Memories.BeginBatch(memoryName, sourceLanguage, targetLanguage);
        var skipped = new List<SkippedUnit>();
        var warnings = new List<string>();
        var read = 0;
        var languages = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        // Preparing a unit (match key, hashes, tokens) is shared between the parsing thread and this one, which writes:
        // the parsing thread prepares while the writes keep up, this thread what it would otherwise wait for.
        var units = reader.Units().Select(tu => new PendingUnit(tu, ToMemoryUnit(tu, sourceLanguage, targetLanguage, out var reason), reason));
        foreach (var (tu, prepared, reason) in WithUnitsBeforeAnError(units.Ahead(chunk => Prepare(batch, chunk)), () => read))
        {
            read++;
            warnings.AddRange(tu.Warnings);
            if (prepared is null)
            {
                skipped.Add(new SkippedUnit(tu.Line, reason!));
                foreach (var variant in tu.Variants.Take(8)) if (languages.Count < 20) languages.Add(variant.Language);
            }
            else batch.Add(prepared);
            if (read % 10_000 == 0) progress?.Report(read);
        }
        // Not one unit usable (the wrong language asked for, most often): an error, and no new, empty memory left behind.
        if (read > 0 && skipped.Count == read)
        {
            var found = languages.Count == 0 ? "" : $" (the file's languages: {string.Join(", ", languages)})";
            throw new InvalidInputException(
                $"{path}: none of its {read:N0} units has texts in both '{sourceLanguage}' and '{targetLanguage}'{found}; nothing imported. First: line {skipped[0].Line}, {skipped[0].Reason}.");
        }
        batch.Commit();
        return new ImportReport(path, batch.Memory.Name, read, batch.Added, batch.Merged, skipped, warnings) { NewMemory = NewMemory.Of(batch, otherMemories) };
    }

    private static void Prepare(IUnitBatch batch, List<PendingUnit> chunk)
    {
        foreach (var pending in chunk)
        {
            if (pending.Unit is not null) pending.Prepared = batch.Prepare(pending.Unit);
        }
    }

    // A file broken after thousands of good units (cut short, most often): the error says how many came before it,
    // and that none of them was imported, since the import is one transaction.
    private static IEnumerable<T> WithUnitsBeforeAnError<T>(IEnumerable<T> items, Func<int> read)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext()) yield break;
            }
            catch (InvalidInputException e) when (read() > 0)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"{e.Message} ({read():N0} units read before it; none imported.)"), e);
            }
            yield return enumerator.Current;
        }
    }

    /// <summary>The memory unit for a &lt;tu&gt;, or null with the reason it cannot be one.</summary>
    public static MemoryUnit? ToMemoryUnit(TmxUnit tu, string sourceLanguage, string targetLanguage, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(tu);
        var source = Pick(tu.Variants, sourceLanguage, null);
        var target = Pick(tu.Variants, targetLanguage, source);
        reason = source is null ? Missing(tu, sourceLanguage)
            : target is null ? Missing(tu, targetLanguage)
            : string.IsNullOrWhiteSpace(source.Text) ? $"the {sourceLanguage} text is empty"
            : string.IsNullOrWhiteSpace(target.Text) ? $"the {targetLanguage} text is empty"
            : null;
        if (reason is not null) return null;

        var audit = tu.Audit.Or(target!.Audit).Or(source!.Audit);
        var unit = new MemoryUnit
        {
            Source = source.Text,
            Target = target.Text,
            SourceMarkup = source.Markup,
            TargetMarkup = target.Markup,
            CreatedAt = audit.CreationDate,
            CreatedBy = audit.CreationId,
            ChangedAt = audit.ChangeDate,
            ChangedBy = audit.ChangeId,
            UsageCount = audit.UsageCount ?? 0,
            LastUsedAt = audit.LastUsageDate,
            TuId = string.IsNullOrWhiteSpace(tu.TuId) ? null : tu.TuId,
        };
        if (source.Properties.Count == 0 && target.Properties.Count == 0) return WorkbenchProperties.Apply(unit, tu.Properties);
        var properties = tu.Properties
            .Concat(source.Properties.Select(p => p with { Scope = PropertyScope.Source }))
            .Concat(target.Properties.Select(p => p with { Scope = PropertyScope.Target }))
            .ToList();
        return WorkbenchProperties.Apply(unit, properties);
    }

    // An exact tag first, then one that serves the wanted language; never the variant already taken as the source.
    // Loops rather than LINQ: this runs for every unit of a million-unit file.
    private static TmxVariant? Pick(IReadOnlyList<TmxVariant> variants, string language, TmxVariant? taken)
    {
        foreach (var variant in variants)
        {
            if (variant != taken && string.Equals(variant.Language, language, StringComparison.OrdinalIgnoreCase)) return variant;
        }
        foreach (var variant in variants)
        {
            if (variant != taken && LanguageCode.Serves(variant.Language, language)) return variant;
        }
        return null;
    }

    // a unit read and, once prepared, what its batch derived from it; Unit null with the reason it cannot be one
    private sealed class PendingUnit(TmxUnit tu, MemoryUnit? unit, string? reason)
    {
        public MemoryUnit? Unit => unit;

        public PreparedUnit? Prepared { get; set; }

        public void Deconstruct(out TmxUnit tmxUnit, out PreparedUnit? prepared, out string? why) => (tmxUnit, prepared, why) = (tu, Prepared, reason);
    }

    private static string Missing(TmxUnit tu, string language)
    {
        var found = tu.Variants.Count == 0 ? "no <tuv> at all" : "found: " + string.Join(", ", tu.Variants.Select(v => v.Language));
        return $"no <tuv> for '{language}' ({found})";
    }
}

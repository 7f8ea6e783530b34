namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>
/// The bundled interview's translation pairs from its gold alignment (tm/sample/*.gold: Arabic sentence
/// indexes to English sentence indexes), as a TSV memory: real text, so the demo document has real matches.
/// </summary>
internal static class SamplePairs
{
    private const string Name = "rudaw-2020-02-07-caggins-interview";

    public static string WriteTsv(TempFolder folder)
    {
        var arabic = File.ReadAllLines(ApiHost.Sample($"{Name}.ar.sentences"));
        var english = File.ReadAllLines(ApiHost.Sample($"{Name}.en.sentences"));
        var lines = new List<string>();
        foreach (var bead in File.ReadAllLines(ApiHost.Sample($"{Name}.gold")).Where(line => line.Length > 0))
        {
            var sides = bead.Split(':');
            var source = Indexes(sides[0]).Select(i => arabic[i]).ToList();
            var target = Indexes(sides[1]).Select(i => english[i]).ToList();
            if (source.Count > 0 && target.Count > 0) lines.Add($"{string.Join(' ', source)}\t{string.Join(' ', target)}");
        }
        return folder.Write("sample-pairs.tsv", string.Join('\n', lines) + "\n");
    }

    // "[3,4]" → 3, 4; "[]" → nothing
    private static IEnumerable<int> Indexes(string list) =>
        list.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture));
}

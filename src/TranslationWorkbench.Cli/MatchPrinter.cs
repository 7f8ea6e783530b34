using TranslationWorkbench.Core.Diff;
using System.Globalization;
using System.Text;
using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Cli;

/// <summary>Prints memory matches for people (a diff in wdiff style: [-gone-]{+new+}) and as JSON for scripts.</summary>
public static class MatchPrinter
{
    private static readonly NumberDifference NoNumberDifference = new([], []);

    public static void Print(TextWriter output, string query, IReadOnlyList<Match> matches, int minScore)
    {
        output.WriteLine(query);
        if (matches.Count == 0) output.WriteLine($"  no match at {minScore}% or more");
        foreach (var match in matches)
        {
            var why = match.Penalties.Count > 0 ? $"  ({string.Join(", ", match.Penalties)})" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {match.Score,3}%  {match.Kind.ToString().ToLowerInvariant(),-7} unit {match.Unit.Id}{why}"));
            output.WriteLine($"        source: {match.Unit.Source}");
            output.WriteLine($"        target: {match.Unit.Target}");
            if (match.Kind == MatchKind.Fuzzy) output.WriteLine($"        diff:   {Wdiff(match.Diff)}");
            if (match.SpellingOnly.Count > 0) output.WriteLine($"        spelt otherwise, no cost: {string.Join(", ", match.SpellingOnly)}");
            if (match.Numbers is { } numbers)
            {
                output.WriteLine($"        numbers differ: the text has {List(numbers.OnlyInText)}, the match has {List(numbers.OnlyInMatch)}");
            }
        }
    }

    public static object Json(string query, IReadOnlyList<Match> matches) => new
    {
        query,
        matches = matches.Select(match => new
        {
            score = match.Score,
            kind = match.Kind,
            unitId = match.Unit.Id,
            source = match.Unit.Source,
            target = match.Unit.Target,
            penalties = match.Penalties,
            spellingOnly = match.SpellingOnly,
            // always there, empty when the numbers agree: a script reads one shape
            numbers = match.Numbers ?? NoNumberDifference,
            diff = match.Diff.Select(operation => new { op = operation.Kind, text = operation.Text }),
            origin = match.Unit.Origin,
            changedAt = match.Unit.ChangedAt,
        }),
    };

    public static string Wdiff(IReadOnlyList<DiffOperation> diff)
    {
        var text = new StringBuilder();
        foreach (var operation in diff)
        {
            _ = operation.Kind switch
            {
                DiffKind.Delete => text.Append("[-").Append(operation.Text).Append("-]"),
                DiffKind.Insert => text.Append("{+").Append(operation.Text).Append("+}"),
                _ => text.Append(operation.Text),
            };
        }
        return text.ToString();
    }

    public static string List(IReadOnlyList<string> numbers) => numbers.Count == 0 ? "none" : string.Join(", ", numbers);
}

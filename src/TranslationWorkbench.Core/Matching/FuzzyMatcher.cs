using TranslationWorkbench.Core.Diff;
using System.Text;
using System.Text.RegularExpressions;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Matching;

/// <summary>Finds the memory matches of a sentence: context (101%), exact (100%), nearly exact (95–99%) and fuzzy.</summary>
/// <remarks>
/// Exact and context matches come from the store's source-hash lookup; fuzzy ones from its candidate index
/// (<see cref="FuzzyIndex"/> in a workspace). Every match is scored on the match key's tokens, carries the reasons it is not
/// 100% and a word diff from its source to the text.
/// </remarks>
public sealed partial class FuzzyMatcher(Workspace.Workspace workspace)
{
    private const int PunctuationFloor = 50;
    private const int BelowThreshold = 10;

    [GeneratedRegex("<(bpt|ept|ph|it|ut|hi)\\b[^>]*>")]
    private static partial Regex InlineCode();

    public IReadOnlyList<Match> Find(TranslationMemory memory, MatchQuery query, MatchOptions? options = null) =>
        Find(memory, query, options ?? new MatchOptions(), out _);

    /// <summary>As <see cref="Find(TranslationMemory, MatchQuery, MatchOptions?)"/>, with the work the index did.</summary>
    public IReadOnlyList<Match> Find(TranslationMemory memory, MatchQuery query, MatchOptions options, out FuzzySearch search)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var tokens = MatchTokens.Of(query.Text);
        var store = workspace.Memories;
        // The same words with other punctuation rank 95–99 whatever the formula gives them, which is 50 or more (a
        // one-word sentence and its mark): under 100 the index is searched down to there, so a threshold of 95 finds
        // them too. At 100 (exact and context matches only) they cannot qualify, and the search stays cheap.
        var floor = options.MinScore >= Scores.Exact ? options.MinScore : Math.Min(options.MinScore, PunctuationFloor);
        search = store.Search(tokens, memory.Id, Math.Clamp(floor, 1, 100), options.Exhaustive);
        var sameKey = store.WithSameKey(memory.Id, TextHash.OfKey(query.Text)).ToHashSet();
        // enough fuzzy hits that reordering in the 95–101 band and penalties cannot push a better one out, and the
        // best few under the threshold, which only punctuation can lift over it
        var eligible = search.Hits.Where(hit => !sameKey.Contains(hit.UnitId)).ToList();
        var fuzzy = eligible.Where(hit => hit.Score >= options.MinScore).Take(options.Max * 2 + 10)
            .Concat(eligible.Where(hit => hit.Score < options.MinScore).Take(BelowThreshold))
            .ToList();
        var wanted = sameKey.Concat(fuzzy.Select(hit => hit.UnitId)).ToList();
        if (wanted.Count == 0) return [];

        var units = store.Load(wanted);
        var fuzzyScore = fuzzy.ToDictionary(hit => hit.UnitId, hit => hit.Score);
        var queryWords = new SameWords(query.Text);
        // ranked first, and only the matches shown get their number check and word diff
        return units
            .Select(unit => Rank(query, queryWords, unit, sameKey.Contains(unit.Id) ? null : fuzzyScore[unit.Id]))
            .Where(ranked => ranked.Score >= options.MinScore)
            .OrderByDescending(ranked => ranked.Score)
            .ThenByDescending(ranked => ranked.Unit.ChangedAt)
            .ThenByDescending(ranked => ranked.Unit.Id)
            // The same sentence with the same translation, stored twice (confirmed in another context, imported from two
            // files): one match, the best-ranked, so the other translations are not pushed off the list.
            .DistinctBy(ranked => (ranked.Unit.Source, ranked.Unit.Target, ranked.Unit.SourceMarkup, ranked.Unit.TargetMarkup))
            .Take(options.Max)
            .Select(ranked => Complete(query, ranked))
            .ToList();
    }

    /// <summary>Scores one unit against the query; <paramref name="fuzzyScore"/> is null when their match keys are equal (100 when only spacing sets the keys apart).</summary>
    public static Match Evaluate(MatchQuery query, MemoryUnit unit, int? fuzzyScore)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(unit);
        return Complete(query, Rank(query, new SameWords(query.Text), unit, fuzzyScore));
    }

    private static Match Complete(MatchQuery query, Ranked ranked)
    {
        var diff = WordDiff.Between(ranked.Unit.Source, query.Text);
        return new(ranked.Kind, ranked.Score, ranked.Unit, ranked.Penalties, Numbers(query.Text, ranked.Unit.Source), diff)
        {
            SpellingOnly = ranked.Kind == MatchKind.Fuzzy ? NearExact.InRespelledWords(diff).Except(ranked.Penalties).ToList() : [],
        };
    }

    private static Ranked Rank(MatchQuery query, SameWords queryWords, MemoryUnit unit, int? fuzzyScore)
    {
        var penalties = new List<string>();
        MatchKind kind;
        int score;
        if (fuzzyScore is { } value && value < Scores.Exact)
        {
            // the same words, other punctuation: nearly exact, not a word's worth of edit distance
            var punctuation = queryWords.PunctuationOnly(unit.Source);
            if (punctuation is not null) penalties.AddRange(punctuation);
            (kind, score) = (MatchKind.Fuzzy, punctuation is null ? value : Math.Max(value, NearExact.Score(punctuation.Count)));
        }
        else if (string.Equals(Nfc(query.Text), Nfc(unit.Source), StringComparison.Ordinal))
        {
            var inContext = query.Context.IsKnown && query.Context == unit.Context;
            (kind, score) = inContext ? (MatchKind.Context, Scores.Context) : (MatchKind.Exact, Scores.Exact);
        }
        else
        {
            penalties.AddRange(NearExact.Differences(query.Text, unit.Source));
            (kind, score) = (MatchKind.Fuzzy, NearExact.Score(penalties.Count));
        }
        if (!Codes(query.Markup).SequenceEqual(Codes(unit.SourceMarkup)))
        {
            // inline codes do not count in the score; a differing set costs a point so the cleaner match comes first
            penalties.Add("inline codes");
            score--;
        }
        return new Ranked(kind, score, unit, penalties);
    }

    private static NumberDifference? Numbers(string text, string source)
    {
        var inText = NumbersOf(text);
        var inSource = NumbersOf(source);
        var onlyInText = inText.ToList();
        var onlyInSource = new List<string>();
        foreach (var number in inSource)
        {
            if (!onlyInText.Remove(number)) onlyInSource.Add(number);
        }
        return onlyInText.Count == 0 && onlyInSource.Count == 0 ? null : new NumberDifference(onlyInText, onlyInSource);
    }

    // numbers as the key sees them: ٧ and 7 are the same number
    private static List<string> NumbersOf(string text)
    {
        var key = MatchKey.Of(text);
        return Tokenizer.Tokenize(key).Where(token => token.Kind == TokenKind.Number).Select(token => token.TextIn(key)).ToList();
    }

    private static IEnumerable<string> Codes(string? markup) =>
        markup is null ? [] : InlineCode().Matches(markup).Select(code => code.Groups[1].Value);

    private sealed record Ranked(MatchKind Kind, int Score, MemoryUnit Unit, IReadOnlyList<string> Penalties);

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}

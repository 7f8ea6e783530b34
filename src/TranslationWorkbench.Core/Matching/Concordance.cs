using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// Concordance search: the units whose source or target holds a word or phrase. Sources are searched through
/// the candidate index (Arabic-aware: the match key's tokens, each Arabic word also with the clitics that attach to
/// it, <see cref="AttachedForms"/>); targets with LIKE on the longest word, then the same token check; newest units first.
/// </summary>
public sealed class Concordance(Workspace.Workspace workspace)
{
    public IReadOnlyList<ConcordanceHit> Search(TranslationMemory memory, string text, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var phrase = MatchTokens.Of(text);
        if (phrase.Length == 0) return [];
        // the words as typed, one for each key token (the key folds each token on its own)
        var forms = Text.Tokenizer.Words(text).Select(AttachedForms.Of).ToArray();
        var store = workspace.Memories;
        var inSources = store.SourcesContaining(forms, memory.Id, max);
        // targets: the longest word narrows the scan, the token check then wants the whole phrase
        var inTargets = store.TargetsContaining(phrase.MaxBy(token => token.Length)!, memory.Id, max * 20);
        var units = store.Load(inSources.Concat(inTargets).Distinct().ToList()).OrderByDescending(unit => unit.Id).ToList();
        // a word has hundreds of forms, few of them in these units: marking then compares against those few
        var present = units.SelectMany(unit => MatchTokens.Of(unit.Source)).ToHashSet(StringComparer.Ordinal);
        var presentForms = forms.Select(alternatives => alternatives.Where(present.Contains).ToArray()).ToArray();
        return units
            .Select(unit => new ConcordanceHit(unit, PhraseFinder.FindAll(unit.Source, presentForms), PhraseFinder.FindAll(unit.Target, phrase)))
            .Where(hit => hit.SourceHits.Count > 0 || hit.TargetHits.Count > 0)
            .Take(max)
            .ToList();
    }
}

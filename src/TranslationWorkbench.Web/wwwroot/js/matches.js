// The memory matches of the active segment: score and kind, the match source with its differences from
// the segment's source (<del> only in the match, <ins> only in the segment), the match target.
import { h, diff, replace, when } from './dom.js';
import { scoreBadge } from './status.js';

const KINDS = { context: 'context match', exact: 'exact match', fuzzy: 'fuzzy match' };

export function renderMatches(panel, segment, result, onInsert) {
  const matches = result?.matches ?? [];
  if (matches.length === 0) {
    replace(panel, h('p', { class: 'empty-state' }, `No match of 50% or more in the memory "${result?.memory ?? 'default'}".`));
    return;
  }
  replace(panel,
    h('p', { class: 'panel-note' },
      `${matches.length} from memory "${result.memory}". `,
      h('del', {}, 'struck'), ': only in the match; ', h('ins', {}, 'underlined'), ': only in this segment.'),
    h('ol', { class: 'match-list' }, matches.map((match, i) => matchCard(match, i, onInsert))));
}

function matchCard(match, i, onInsert) {
  const insert = h('button', { type: 'button', class: 'small', title: `Insert this match (Ctrl+${i + 1})` }, 'Insert');
  insert.addEventListener('click', () => onInsert(i));
  const meta = [match.origin, match.changedBy, when(match.changedAt)].filter(Boolean).join(' · ');
  const card = h('li', { class: `match kind-${match.kind}`, dataset: { n: i + 1, unitId: match.unitId } },
    h('div', { class: 'match-head' },
      h('kbd', { class: 'match-key', title: `Ctrl+${i + 1}` }, String(i + 1)),
      scoreBadge(match.score, `${match.score}% ${KINDS[match.kind] ?? match.kind}`),
      h('span', { class: 'match-kind' }, KINDS[match.kind] ?? match.kind),
      match.penalties?.length ? h('span', { class: 'penalties', title: 'why not 100%' }, match.penalties.join(', ')) : null,
      match.spellingOnly?.length ? h('span', { class: 'spelling-only muted small', title: 'words the diff shows replaced that are the same words spelt otherwise: no cost' }, `spelt otherwise: ${match.spellingOnly.join(', ')}`) : null,
      i < 9 ? insert : null),
    h('div', { class: 'match-source', dir: 'rtl', lang: 'ar' }, diff(match.diff?.length ? match.diff : [{ kind: 'equal', text: match.source }], true)),
    h('div', { class: 'match-target', dir: 'ltr', lang: 'en' }, match.target),
    match.numbers ? numbersWarning(match.numbers) : null,
    h('div', { class: 'match-meta muted small' }, meta));
  card.addEventListener('dblclick', () => onInsert(i));
  return card;
}

function numbersWarning(numbers) {
  const list = (values) => (values?.length ? values.map((value, i) => [i ? ', ' : '', h('bdi', { dir: 'ltr' }, value)]) : ['none']);
  return h('p', { class: 'numbers-warning', role: 'note' },
    '⚠ Numbers differ: this segment has ', list(numbers.onlyInText), '; the match has ', list(numbers.onlyInMatch), '.');
}


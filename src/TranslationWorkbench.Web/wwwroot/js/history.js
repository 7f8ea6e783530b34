// The revisions of a segment (who, when, origin, score) and a word diff between any two of them.
import * as api from './api.js';
import { h, diff, replace, when } from './dom.js';
import { statusChip } from './status.js';
import { errorBox } from './toast.js';

export async function renderHistory(panel, segment, current = () => true) {
  replace(panel, h('p', { class: 'muted' }, 'Loading the history…'));
  let revisions;
  try {
    revisions = await api.segments.revisions(segment.id);
    if (!current()) return;
  } catch (error) {
    if (!current()) return;
    replace(panel, errorBox(error));
    return;
  }
  if (revisions.length === 0) {
    replace(panel, h('p', { class: 'empty-state' }, `Segment ${segment.position + 1} has no revision yet: nothing was saved or confirmed.`));
    return;
  }
  const name = `history-${segment.id}`;
  const output = h('div', { class: 'diff-output', 'aria-live': 'polite' });
  let from = revisions.length > 1 ? revisions[revisions.length - 2].number : revisions[0].number;
  let to = revisions[revisions.length - 1].number;

  const rows = revisions.slice().reverse().map((revision) => {
    const fromRadio = h('input', { type: 'radio', name: `${name}-from`, value: revision.number, checked: revision.number === from, 'aria-label': `compare from revision ${revision.number}` });
    const toRadio = h('input', { type: 'radio', name: `${name}-to`, value: revision.number, checked: revision.number === to, 'aria-label': `compare to revision ${revision.number}` });
    fromRadio.addEventListener('change', () => { from = revision.number; show(); });
    toRadio.addEventListener('change', () => { to = revision.number; show(); });
    return h('tr', { dataset: { revision: revision.number } },
      h('td', { class: 'pick' }, fromRadio),
      h('td', { class: 'pick' }, toRadio),
      h('td', { class: 'rev-num' }, `r${revision.number}`),
      h('td', {},
        h('div', { class: 'rev-meta' }, statusChip(revision.status), ' ',
          h('span', { class: 'rev-origin' }, revision.origin),
          revision.matchScore != null ? h('span', { class: 'rev-score' }, ` · ${revision.matchScore}%`) : null),
        h('div', { class: 'muted small' }, `${revision.author} · `, h('time', { datetime: revision.createdAt }, when(revision.createdAt))),
        h('div', { class: 'rev-target', dir: 'auto' }, revision.target)));
  });

  async function show() {
    if (from === to) {
      replace(output, h('p', { class: 'muted' }, 'Pick two different revisions to compare.'));
      return;
    }
    try {
      const result = await api.segments.diff(segment.id, from, to);
      const changed = result.diff.some((part) => part.kind !== 'equal');
      replace(output,
        h('h3', { class: 'diff-title' }, `Changes from r${from} to r${to}`),
        h('p', { class: 'diff', dir: 'auto', lang: 'en' }, diff(result.diff, false)),
        changed ? null : h('p', { class: 'muted small' }, 'The two revisions have the same text.'));
    } catch (error) {
      replace(output, errorBox(error));
    }
  }

  replace(panel,
    h('table', { class: 'revisions' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', title: 'compare from' }, 'From'), h('th', { scope: 'col', title: 'compare to' }, 'To'), h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'Revision'))),
      h('tbody', {}, rows)),
    output);
  await show();
}

// One row of the editor: number, Arabic source (RTL, numbers and Latin isolated), English target box,
// status chip and match score.
import { h, bidi, replace } from './dom.js';
import { statusChip, scoreBadge } from './status.js';

const ORIGINS = { translation: 'typed', pretranslation: 'pre-translated', propagation: 'repetition' };

export function segmentRow(segment, index, previous) {
  const target = h('textarea', {
    class: 'target-box', dir: 'ltr', lang: 'en', rows: '1', spellcheck: 'true',
    'aria-label': `Translation of segment ${segment.position + 1}`,
    placeholder: '',
  });
  target.value = segment.target ?? '';
  const row = h('div', {
    class: 'seg-row', role: 'listitem', tabindex: '-1', id: `seg-${segment.id}`,
    dataset: { id: segment.id, index, status: segment.status },
  },
  h('div', { class: 'seg-num', 'aria-hidden': 'true' }, String(segment.position + 1)),
  h('div', { class: 'seg-source', dir: 'rtl', lang: 'ar' }, bidi(segment.source)),
  h('div', { class: 'seg-target' }, target, h('p', { class: 'seg-error', role: 'alert', hidden: true })),
  h('div', { class: 'seg-state' }));
  if (!previous || previous.paragraph !== segment.paragraph) row.classList.add('para-start');
  updateState(row, segment);
  return row;
}

/** Redraws what changes when a segment is saved: status, score, origin (the target box only when asked). */
export function updateState(row, segment, { target = false } = {}) {
  row.dataset.status = segment.status;
  if (target) row.querySelector('.target-box').value = segment.target ?? '';
  const origin = segment.targetOrigin ? ORIGINS[segment.targetOrigin] ?? segment.targetOrigin : '';
  replace(row.querySelector('.seg-state'),
    statusChip(segment.status),
    h('div', { class: 'state-line' },
      scoreBadge(segment.matchScore),
      origin ? h('span', { class: 'origin', title: `origin: ${segment.targetOrigin}` }, origin) : null));
}

export function showRowError(row, message) {
  const error = row.querySelector('.seg-error');
  error.textContent = message ?? '';
  error.hidden = !message;
}

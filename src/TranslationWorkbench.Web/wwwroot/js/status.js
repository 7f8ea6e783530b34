// How a segment's state and a match score look: a chip with a word (not colour alone).
import { h } from './dom.js';

export const STATUSES = ['new', 'draft', 'translated', 'reviewed'];

const LABELS = { new: 'New', draft: 'Draft', translated: 'Translated', reviewed: 'Reviewed' };
const MARKS = { new: '○', draft: '◐', translated: '●', reviewed: '✔' };

export function statusChip(status) {
  return h('span', { class: `chip status-${status}`, title: LABELS[status] ?? status },
    h('span', { class: 'chip-mark', 'aria-hidden': 'true' }, MARKS[status] ?? '?'), ' ', LABELS[status] ?? status);
}

/** The band a score falls in, for its colour: the same bands as the analysis. */
export function band(score) {
  if (score === null || score === undefined) return 'none';
  if (score >= 101) return 'context';
  if (score >= 100) return 'exact';
  if (score >= 95) return 'nearExact';
  if (score >= 85) return 'high';
  if (score >= 75) return 'medium';
  if (score >= 50) return 'low';
  return 'none';
}

export function scoreBadge(score, extra) {
  if (score === null || score === undefined) return h('span', { class: 'score score-none', title: 'no match used' }, '—');
  return h('span', { class: `score band-${band(score)}`, title: extra ?? `${score}% match` }, `${score}%`);
}

export const isDone = (status) => status === 'translated' || status === 'reviewed';

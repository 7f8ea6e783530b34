// The analysis of a document drawn as one stacked bar (words per match band) with a legend that gives
// the numbers; the same bands as `tw analyze`.
import { h, number } from './dom.js';

export const BAND_ORDER = ['context', 'exact', 'nearExact', 'high', 'medium', 'low', 'noMatch', 'repetition'];

export function analysisBar(analysis) {
  const bands = BAND_ORDER.map((name) => analysis.bands.find((b) => b.band === name)).filter(Boolean);
  const total = bands.reduce((sum, b) => sum + b.words, 0) || 1;
  const described = bands.filter((b) => b.segments > 0).map((b) => `${b.label}: ${number(b.words)} words`).join('; ');
  const bar = h('div', { class: 'band-bar', role: 'img', 'aria-label': `Analysis by words: ${described || 'empty'}` },
    bands.filter((b) => b.words > 0).map((b) =>
      h('span', {
        class: `band-part band-${b.band}`,
        style: `flex-grow:${b.words / total}`,
        title: `${b.label}: ${number(b.segments)} segments, ${number(b.words)} words (${Math.round((100 * b.words) / total)}%)`,
        dataset: { band: b.band },
      })));
  const legend = h('ul', { class: 'band-legend' },
    bands.map((b) => h('li', { class: b.segments ? '' : 'empty' },
      h('span', { class: `swatch band-${b.band}`, 'aria-hidden': 'true' }),
      h('span', { class: 'band-label' }, b.label), ' ',
      h('span', { class: 'band-count' }, `${number(b.segments)} seg · ${number(b.words)} w`))));
  return h('div', { class: 'analysis' }, bar, legend);
}

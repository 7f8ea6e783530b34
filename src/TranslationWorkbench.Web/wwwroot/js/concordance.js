// Concordance: the memory's units whose source or target holds a word or phrase (Arabic or English),
// with the words found marked.
import * as api from './api.js';
import { h, highlighted, replace, number } from './dom.js';
import { errorBox } from './toast.js';

/** A search box with its results; returns { element, search(text), focus() }. */
export function concordancePanel({ memoryId = null, max = 30, onUse = null } = {}) {
  const input = h('input', { type: 'search', dir: 'auto', class: 'concordance-input', placeholder: 'Arabic or English words…', 'aria-label': 'Look up in the memory' });
  const results = h('div', { class: 'concordance-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'concordance-form', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  let token = 0;

  async function search(text) {
    input.value = text;
    const wanted = text.trim();
    if (!wanted) {
      replace(results);
      return;
    }
    const mine = ++token;
    replace(results, h('p', { class: 'muted' }, 'Searching…'));
    try {
      const hits = await api.memories.concordance(wanted, typeof memoryId === 'function' ? memoryId() : memoryId, max);
      if (mine !== token) return;
      if (hits.length === 0) {
        replace(results, h('p', { class: 'empty-state' }, h('span', {}, 'Nothing in the memory holds '), h('q', { dir: 'auto' }, wanted), '.'));
        return;
      }
      replace(results,
        h('p', { class: 'panel-note' }, `${number(hits.length)} unit${hits.length === 1 ? '' : 's'} with `, h('q', { dir: 'auto' }, wanted)),
        h('ol', { class: 'hit-list' }, hits.map((hit) => hitItem(hit, onUse))));
    } catch (error) {
      if (mine === token) replace(results, errorBox(error));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(input.value);
  });
  const element = h('div', { class: 'concordance' }, form, results);
  return { element, search, focus: () => input.focus(), input };
}

function hitItem(hit, onUse) {
  const item = h('li', { class: 'hit', dataset: { unitId: hit.unit.id } },
    h('div', { class: 'hit-source', dir: 'rtl', lang: 'ar' }, highlighted(hit.unit.source, hit.sourceHits, true)),
    h('div', { class: 'hit-target', dir: 'ltr', lang: 'en' }, highlighted(hit.unit.target, hit.targetHits, false)));
  if (onUse) {
    const use = h('button', { type: 'button', class: 'small ghost' }, 'Use target');
    use.addEventListener('click', () => onUse(hit.unit));
    item.append(use);
  }
  return item;
}

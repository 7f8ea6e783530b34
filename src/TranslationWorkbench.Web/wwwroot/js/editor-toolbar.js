// The editor's sticky toolbar: document and progress, status filter, pre-translation, exports.
import * as api from './api.js';
import { h, replace, number } from './dom.js';
import { notify, notifyError } from './toast.js';

export function editorToolbar(doc, { onFilter, onPretranslate }) {
  const progress = h('span', { class: 'toolbar-progress', id: 'doc-progress' });
  const shown = h('span', { class: 'muted small', id: 'filter-count' });
  const filter = h('select', { id: 'status-filter', 'aria-label': 'Show segments' },
    [['all', 'All segments'], ['unconfirmed', 'Not confirmed'], ['new', 'New'], ['draft', 'Draft'], ['translated', 'Translated'], ['reviewed', 'Reviewed']]
      .map(([value, label]) => h('option', { value }, label)));
  filter.addEventListener('change', () => onFilter(filter.value));

  const minScore = h('input', { type: 'number', id: 'pretranslate-min', min: '50', max: '101', value: '100', 'aria-label': 'Minimum match score for pre-translation', class: 'score-input' });
  const pretranslate = h('button', { type: 'submit' }, 'Pre-translate');
  const pretranslateForm = h('form', { class: 'toolbar-group', id: 'pretranslate-form', title: 'Fill untranslated segments from the memory, as drafts' },
    h('label', { for: 'pretranslate-min' }, 'Matches ≥'), minScore, h('span', { 'aria-hidden': 'true' }, '%'), pretranslate);
  pretranslateForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    pretranslate.disabled = true;
    try {
      await onPretranslate(Number(minScore.value));
    } finally {
      pretranslate.disabled = false;
    }
  });

  const untranslated = h('output', { class: 'export-note', id: 'export-note', 'aria-live': 'polite' });
  const exportText = h('button', { type: 'button', id: 'export-text' }, 'Export English text');
  exportText.addEventListener('click', async () => {
    try {
      const file = await api.download(api.documents.textUrl(doc.id));
      const left = Number(file.response.headers.get('X-Untranslated-Segments') ?? '0');
      saveBlob(file.blob, file.name);
      replace(untranslated, left
        ? h('span', { class: 'warn' }, `⚠ ${number(left)} segment${left === 1 ? '' : 's'} left in Arabic`)
        : h('span', { class: 'ok' }, '✓ fully translated'));
      notify(left ? `Exported ${file.name}; ${number(left)} untranslated segment${left === 1 ? ' is' : 's are'} still in Arabic.` : `Exported ${file.name}.`);
    } catch (error) {
      notifyError(error);
    }
  });
  const exportTmx = h('a', { class: 'button', id: 'export-tmx', href: api.documents.tmxUrl(doc.id), download: '' }, 'Export TMX');

  const element = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Document' },
    h('div', { class: 'toolbar-group doc-title' },
      h('a', { href: '#/documents', class: 'back', 'aria-label': 'Back to the documents' }, '←'),
      h('h1', {}, h('bdi', {}, doc.name)),
      h('span', { class: 'muted small' }, `${doc.sourceLanguage} → ${doc.targetLanguage}`),
      progress),
    h('div', { class: 'toolbar-group' }, filter, shown),
    pretranslateForm,
    h('div', { class: 'toolbar-group' }, exportText, exportTmx, untranslated));

  return {
    element,
    setProgress(summary) {
      replace(progress,
        h('span', { class: 'mini-progress', 'aria-hidden': 'true' }, h('span', { style: `width:${summary.words ? (100 * summary.translatedWords) / summary.words : 0}%` })),
        `${number(summary.translatedSegments)} / ${number(summary.segments)} segments · ${number(summary.translatedWords)} / ${number(summary.words)} words`);
    },
    setShown(count, total) {
      shown.textContent = count === total ? '' : `${number(count)} of ${number(total)} shown`;
    },
  };
}

/** Hands a file to the browser's download (a link with the download attribute). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

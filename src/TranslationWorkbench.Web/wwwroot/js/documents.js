// #/documents: the documents with their progress and analysis, upload of a text, delete.
import * as api from './api.js';
import { h, replace, number, when, fraction } from './dom.js';
import { analysisBar } from './analysis.js';
import { notify, notifyError, errorBox, problemText } from './toast.js';

export async function mountDocuments(view) {
  const list = h('div', { class: 'document-list', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading documents…'));
  const page = h('section', { class: 'page documents-page' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Documents')),
    uploadForm(() => refresh()),
    list);
  view.append(page);

  async function refresh() {
    try {
      const docs = await api.documents.list();
      list.removeAttribute('aria-busy');
      if (docs.length === 0) {
        replace(list, h('p', { class: 'empty-state' }, 'No documents yet. Import an Arabic text above.'));
        return;
      }
      replace(list, h('table', { class: 'documents' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Document'),
          h('th', { scope: 'col' }, 'Progress'),
          h('th', { scope: 'col', class: 'analysis-col' }, 'Analysis against the memory'),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
        h('tbody', {}, docs.map((doc) => documentRow(doc, refresh)))));
    } catch (error) {
      replace(list, errorBox(error));
    }
  }

  await refresh();
}

function progressBar(done, total, label) {
  const share = total ? done / total : 0;
  return h('div', { class: 'progress-line' },
    h('span', { class: 'progress-label' }, label),
    h('span', { class: 'progress', role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': String(total), 'aria-valuenow': String(done) },
      h('span', { class: 'progress-fill', style: `width:${(share * 100).toFixed(1)}%` })),
    h('span', { class: 'progress-text' }, `${fraction(done, total)}`));
}

function documentRow(doc, refresh) {
  const analysisCell = h('td', { class: 'analysis-col' }, h('span', { class: 'muted' }, 'Analysing…'));
  api.documents.analysis(doc.id)
    .then((analysis) => replace(analysisCell, analysisBar(analysis)))
    .catch((error) => replace(analysisCell, h('span', { class: 'error-text' }, problemText(error))));
  const remove = h('button', { type: 'button', class: 'danger ghost', 'aria-label': `Delete ${doc.name}` }, 'Delete');
  remove.addEventListener('click', async () => {
    if (!confirm(`Delete the document "${doc.name}" with its translations and revisions? The memory keeps what was confirmed.`)) return;
    try {
      await api.documents.remove(doc.id);
      notify(`Deleted "${doc.name}".`);
      refresh();
    } catch (error) {
      notifyError(error);
    }
  });
  return h('tr', { dataset: { documentId: doc.id } },
    h('td', { class: 'doc-name' },
      h('a', { href: `#/documents/${doc.id}`, class: 'doc-link' }, h('bdi', {}, doc.name)),
      h('div', { class: 'muted small' }, `${doc.sourceLanguage} → ${doc.targetLanguage} · imported ${when(doc.importedAt)}`)),
    h('td', { class: 'progress-col' },
      progressBar(doc.translatedSegments, doc.segments, 'Segments'),
      progressBar(doc.translatedWords, doc.words, 'Words'),
      doc.draftSegments ? h('div', { class: 'muted small doc-drafts' }, `${number(doc.draftSegments)} drafts not yet confirmed`) : null),
    analysisCell,
    h('td', { class: 'actions' },
      h('a', { class: 'button', href: `#/documents/${doc.id}` }, 'Translate'),
      h('a', { class: 'button ghost', href: api.documents.tmxUrl(doc.id), download: '' }, 'TMX'),
      remove));
}

function uploadForm(onImported) {
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,text/plain', required: true, id: 'upload-file' });
  const name = h('input', { type: 'text', name: 'name', placeholder: 'from the file name', id: 'upload-name', dir: 'auto' });
  const source = h('input', { type: 'text', name: 'sourceLanguage', value: 'ar', size: '4', id: 'upload-source' });
  const target = h('input', { type: 'text', name: 'targetLanguage', value: 'en', size: '4', id: 'upload-target' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Import');
  const error = h('p', { class: 'error-box', role: 'alert', hidden: true, id: 'upload-error' });
  const form = h('form', { class: 'upload card', 'aria-label': 'Import a text' },
    h('h2', {}, 'Import a text'),
    h('div', { class: 'form-row' },
      h('label', { for: 'upload-file' }, 'Text file (UTF-8)'), file,
      h('label', { for: 'upload-name' }, 'Name'), name,
      h('label', { for: 'upload-source' }, 'From'), source,
      h('label', { for: 'upload-target' }, 'To'), target,
      submit),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!file.files[0]) return;
    submit.disabled = true;
    try {
      const result = await api.documents.upload(file.files[0], { name: name.value.trim(), sourceLanguage: source.value.trim(), targetLanguage: target.value.trim() });
      notify(result.alreadyImported
        ? `"${result.document.name}" was already imported; nothing changed.`
        : `Imported "${result.document.name}": ${number(result.segments)} segments, ${number(result.words)} words.`);
      form.reset();
      onImported();
    } catch (problem) {
      error.textContent = problemText(problem);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

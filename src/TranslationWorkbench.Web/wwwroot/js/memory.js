// #/memory and #/memory/{id}: browse a memory's units page by page, search them (concordance), edit or
// delete one, import a TMX or TSV file, export the memory as TMX.
import * as api from './api.js';
import { h, replace, number, when, highlighted } from './dom.js';
import { notify, notifyError, errorBox, problemText } from './toast.js';

const PAGE = 50;

// the report of the last import, shown again once the page has been redrawn with the new memory
let lastImport = null;

export async function mountMemory(view, memoryId) {
  const page = h('section', { class: 'page memory-page' });
  view.append(page);
  let memories;
  try {
    memories = await api.memories.list();
  } catch (error) {
    replace(page, errorBox(error));
    return null;
  }
  const memory = memories.find((m) => m.id === memoryId) ?? memories[0] ?? null;

  const picker = h('select', { id: 'memory-picker', 'aria-label': 'Memory' },
    memories.map((m) => h('option', { value: m.id, selected: m.id === memory?.id }, `${m.name} (${m.sourceLanguage}→${m.targetLanguage}, ${number(m.units)} units)`)));
  picker.addEventListener('change', () => { location.hash = `#/memory/${picker.value}`; });

  const head = h('div', { class: 'page-head' }, h('h1', {}, 'Memory'),
    memories.length ? picker : null,
    memory ? h('a', { class: 'button', id: 'memory-export', href: api.memories.tmxUrl(memory.id), download: '' }, 'Export TMX') : null);
  page.append(head, importForm(memories));
  if (!memory) {
    page.append(h('p', { class: 'empty-state' }, 'The workspace has no memory yet: import a TMX or TSV file, confirm a segment, or commit an alignment.'));
    return null;
  }

  const search = h('input', { type: 'search', id: 'unit-search', dir: 'auto', placeholder: 'Find units holding a word or phrase (Arabic or English)…', 'aria-label': 'Search the memory' });
  const searchForm = h('form', { class: 'form-row unit-search', role: 'search' }, search, h('button', { type: 'submit' }, 'Search'));
  const pager = h('div', { class: 'pager' });
  const table = h('div', { class: 'units' });
  page.append(h('div', { class: 'card' }, searchForm, pager, table));

  let offset = 0;
  let query = '';

  async function showPage() {
    try {
      const units = await api.memories.units(memory.id, offset, PAGE);
      renderUnits(units.map((unit) => ({ unit })));
      const previous = h('button', { type: 'button', disabled: offset === 0 }, '← Newer');
      const next = h('button', { type: 'button', disabled: offset + PAGE >= memory.units }, 'Older →');
      previous.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); showPage(); });
      next.addEventListener('click', () => { offset += PAGE; showPage(); });
      replace(pager, previous, h('span', { class: 'muted small' }, `${number(Math.min(offset + 1, memory.units))}–${number(Math.min(offset + PAGE, memory.units))} of ${number(memory.units)} units`), next);
    } catch (error) {
      replace(table, errorBox(error));
    }
  }

  async function showSearch() {
    try {
      const hits = await api.memories.concordance(query, memory.id, 200);
      const back = h('button', { type: 'button' }, '← All units');
      back.addEventListener('click', () => { query = ''; search.value = ''; showPage(); });
      replace(pager, back, h('span', { class: 'muted small' }, `${number(hits.length)} unit${hits.length === 1 ? ' holds' : 's hold'} `, h('q', { dir: 'auto' }, query)));
      renderUnits(hits);
    } catch (error) {
      replace(table, errorBox(error));
    }
  }

  const refresh = () => (query ? showSearch() : showPage());

  function renderUnits(items) {
    if (items.length === 0) {
      replace(table, h('p', { class: 'empty-state' }, 'No unit.'));
      return;
    }
    replace(table, h('table', { class: 'unit-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'unit-source-head' }, 'Arabic'), h('th', { scope: 'col' }, 'English'), h('th', { scope: 'col' }, 'Origin'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
      h('tbody', {}, items.map((item) => unitRow(item, refresh)))));
  }

  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    query = search.value.trim();
    offset = 0;
    refresh();
  });

  await showPage();
  return null;
}

function unitRow({ unit, sourceHits, targetHits }, refresh) {
  const source = h('td', { class: 'unit-source', dir: 'rtl', lang: 'ar' }, highlighted(unit.source, sourceHits, true));
  const target = h('td', { class: 'unit-target', dir: 'ltr', lang: 'en' }, highlighted(unit.target, targetHits, false));
  const edit = h('button', { type: 'button', class: 'small' }, 'Edit');
  const remove = h('button', { type: 'button', class: 'small danger ghost' }, 'Delete');
  const row = h('tr', { dataset: { unitId: unit.id } }, source, target,
    h('td', { class: 'unit-origin muted small' }, unit.origin, unit.document ? [h('br'), h('bdi', {}, unit.document)] : null, h('br'), when(unit.changedAt)),
    h('td', { class: 'actions' }, edit, remove));

  edit.addEventListener('click', () => {
    const sourceBox = h('textarea', { class: 'unit-box', dir: 'rtl', lang: 'ar', 'aria-label': 'Arabic source' });
    const targetBox = h('textarea', { class: 'unit-box', dir: 'ltr', lang: 'en', 'aria-label': 'English target' });
    sourceBox.value = unit.source;
    targetBox.value = unit.target;
    const save = h('button', { type: 'button', class: 'small primary' }, 'Save');
    const cancel = h('button', { type: 'button', class: 'small' }, 'Cancel');
    const error = h('p', { class: 'error-box', role: 'alert', hidden: true });
    replace(source, sourceBox);
    replace(target, targetBox, error);
    replace(row.querySelector('.actions'), save, cancel);
    targetBox.focus();
    cancel.addEventListener('click', refresh);
    save.addEventListener('click', async () => {
      try {
        await api.memories.updateUnit(unit.id, sourceBox.value, targetBox.value);
        notify('Unit saved.');
        refresh();
      } catch (problem) {
        error.textContent = problemText(problem);
        error.hidden = false;
      }
    });
  });
  remove.addEventListener('click', async () => {
    if (!confirm('Delete this unit from the memory?')) return;
    try {
      await api.memories.deleteUnit(unit.id);
      notify('Unit deleted.');
      row.remove();
    } catch (error) {
      notifyError(error);
    }
  });
  return row;
}

function importForm(memories) {
  const file = h('input', { type: 'file', id: 'tm-file', accept: '.tmx,.tsv,.xml,.txt', required: true });
  const name = h('input', { type: 'text', id: 'tm-name', list: 'tm-names', value: 'default', size: '12' });
  const names = h('datalist', { id: 'tm-names' }, memories.map((m) => h('option', { value: m.name })));
  const source = h('input', { type: 'text', id: 'tm-source', value: 'ar', size: '4' });
  const target = h('input', { type: 'text', id: 'tm-target', value: 'en', size: '4' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Import');
  const error = h('p', { class: 'error-box', role: 'alert', hidden: true, id: 'tm-error' });
  const report = h('div', { class: 'import-report', hidden: true, id: 'tm-report' });
  const form = h('form', { class: 'card', 'aria-label': 'Import a memory' },
    h('h2', {}, 'Import TMX or TSV'),
    h('div', { class: 'form-row' },
      h('label', { for: 'tm-file' }, 'File'), file,
      h('label', { for: 'tm-name' }, 'into memory'), name, names,
      h('label', { for: 'tm-source' }, 'From'), source,
      h('label', { for: 'tm-target' }, 'To'), target,
      submit),
    error, report);
  if (lastImport) {
    showReport(report, lastImport);
    lastImport = null;
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    report.hidden = true;
    submit.disabled = true;
    try {
      lastImport = await api.memories.import(file.files[0], { memory: name.value.trim(), sourceLanguage: source.value.trim(), targetLanguage: target.value.trim() });
      notify(`Imported ${number(lastImport.imported)} units into "${lastImport.memory}".`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (problem) {
      error.textContent = problemText(problem);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function showReport(report, result) {
  // a memory the import made may be a mistyped name: said, with the ones there were, so that it is seen
  const made = result.newMemory;
  const into = made ? `new memory "${result.memory}" (${made.sourceLanguage}→${made.targetLanguage})` : `"${result.memory}"`;
  const others = made?.otherMemories.length ? `; the other memories: ${made.otherMemories.join(', ')}` : '';
  replace(report, `${result.file} → ${into}: read ${number(result.read)}, imported ${number(result.imported)}, merged ${number(result.merged)}, skipped ${number(result.skipped.length)}${others}.`,
    result.skipped.length ? h('ul', {}, result.skipped.slice(0, 20).map((s) => h('li', {}, `line ${s.line}: ${s.reason}`))) : null,
    result.warnings?.length ? h('ul', {}, result.warnings.slice(0, 20).map((w) => h('li', {}, w))) : null);
  report.hidden = false;
}

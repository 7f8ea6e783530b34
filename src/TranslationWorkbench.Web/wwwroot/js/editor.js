// #/documents/{id}: the translation editor. One row per segment (Arabic source, English target), the
// active row's matches, concordance and history beside it, and a keyboard-first flow:
// Ctrl+Enter confirms and moves on, Ctrl+1…5 inserts a match, Ctrl+Up/Down moves, Escape leaves the row.
import * as api from './api.js';
import { h, replace, number, autosize } from './dom.js';
import { segmentRow, updateState, showRowError } from './segment-row.js';
import { renderMatches } from './matches.js';
import { renderHistory } from './history.js';
import { concordancePanel } from './concordance.js';
import { editorToolbar } from './editor-toolbar.js';
import { isDone } from './status.js';
import { notify, notifyError, errorBox, problemText } from './toast.js';

const FILTERS = {
  all: () => true,
  unconfirmed: (s) => !isDone(s.status),
  new: (s) => s.status === 'new',
  draft: (s) => s.status === 'draft',
  translated: (s) => s.status === 'translated',
  reviewed: (s) => s.status === 'reviewed',
};

export async function mountEditor(view, documentId) {
  view.className = 'editor-view';
  let doc;
  let segments;
  try {
    [doc, segments] = await Promise.all([api.documents.get(documentId), api.documents.segments(documentId)]);
  } catch (error) {
    replace(view, h('section', { class: 'page' }, h('h1', {}, 'Cannot open the document'), errorBox(error), h('a', { href: '#/documents' }, 'Back to the documents')));
    return null;
  }

  const state = {
    segments,               // as the server last sent them
    rows: [],               // row elements, same order
    active: -1,
    filter: 'all',
    inserted: new Map(),    // segment id → { score, unitId } of the match inserted since the last save
    matches: new Map(),     // segment id → matches (cleared when the memory changes)
    tab: 'matches',
    busy: false,
  };

  const list = h('div', { class: 'seg-list', role: 'list', 'aria-label': `Segments of ${doc.name}` });
  const matchesPanel = h('div', { class: 'tab-panel', id: 'panel-matches', role: 'tabpanel', 'aria-labelledby': 'tab-matches' });
  const historyPanel = h('div', { class: 'tab-panel', id: 'panel-history', role: 'tabpanel', 'aria-labelledby': 'tab-history', hidden: true });
  const concordance = concordancePanel({ onUse: (unit) => insertText(unit.target, null) });
  const concordancePanelElement = h('div', { class: 'tab-panel', id: 'panel-concordance', role: 'tabpanel', 'aria-labelledby': 'tab-concordance', hidden: true }, concordance.element);
  const panels = { matches: matchesPanel, concordance: concordancePanelElement, history: historyPanel };
  const tabs = {
    matches: tabButton('matches', 'Matches', 'Ctrl+M'),
    concordance: tabButton('concordance', 'Concordance', 'Ctrl+K'),
    history: tabButton('history', 'History', 'Ctrl+H'),
  };
  const sideTitle = h('div', { class: 'side-title' });
  const side = h('aside', { class: 'side-panel', 'aria-label': 'Active segment' },
    h('div', { class: 'tabs', role: 'tablist' }, Object.values(tabs)),
    sideTitle,
    Object.values(panels));

  const toolbar = editorToolbar(doc, {
    onFilter: (filter) => applyFilter(filter),
    onPretranslate: (minScore) => pretranslate(minScore),
  });
  toolbar.setProgress(doc);

  const head = h('div', { class: 'seg-head', 'aria-hidden': 'true' },
    h('span', {}, '#'), h('span', { class: 'head-source' }, 'Arabic source'), h('span', {}, 'English translation'), h('span', {}, 'Status'));
  view.append(toolbar.element, h('div', { class: 'editor-body' }, h('div', { class: 'grid-wrap' }, head, list), side));

  function tabButton(name, label, key) {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, 'aria-selected': String(name === 'matches'), title: key },
      label, h('span', { class: 'tab-key' }, key));
    button.addEventListener('click', () => showTab(name));
    return button;
  }

  function showTab(name) {
    state.tab = name;
    for (const [key, tab] of Object.entries(tabs)) {
      tab.setAttribute('aria-selected', String(key === name));
      panels[key].hidden = key !== name;
    }
    refreshSide();
  }

  function renderRows() {
    state.rows = state.segments.map((segment, index) => segmentRow(segment, index, state.segments[index - 1]));
    replace(list, state.rows);
    for (const row of state.rows) autosize(row.querySelector('.target-box'));
    applyFilter(state.filter, { keepActive: true });
    const first = state.segments.findIndex((s, i) => !isDone(s.status) && !state.rows[i].hidden);
    activate(state.active >= 0 ? state.active : Math.max(0, first), { scroll: 'center' });
  }

  // Events on the rows, delegated.
  list.addEventListener('focusin', (event) => {
    const row = event.target.closest('.seg-row');
    if (row && event.target.classList.contains('target-box')) activate(Number(row.dataset.index), { focus: false });
  });
  list.addEventListener('mousedown', (event) => {
    const row = event.target.closest('.seg-row');
    if (!row || event.target.classList.contains('target-box') || event.target.closest('button, a')) return;
    if (event.target.closest('.seg-source')) {
      // the source stays selectable (words for the concordance): the click handler moves the focus on
      activate(Number(row.dataset.index), { focus: false });
      return;
    }
    // elsewhere on the row the target box takes the focus (and not the row itself)
    event.preventDefault();
    activate(Number(row.dataset.index));
  });
  list.addEventListener('click', (event) => {
    // a plain click on the source goes on to the target; a selection stays for Ctrl+K
    const row = event.target.closest('.seg-row');
    if (row && event.target.closest('.seg-source') && (window.getSelection()?.isCollapsed ?? true)) activate(Number(row.dataset.index));
  });
  list.addEventListener('input', (event) => {
    if (!event.target.classList.contains('target-box')) return;
    autosize(event.target);
    const row = event.target.closest('.seg-row');
    row.classList.toggle('dirty', isDirty(Number(row.dataset.index)));
    if (!event.target.value.trim()) state.inserted.delete(state.segments[Number(row.dataset.index)].id);
  });

  function activeTextarea() {
    return state.rows[state.active]?.querySelector('.target-box');
  }

  function isDirty(index) {
    const textarea = state.rows[index]?.querySelector('.target-box');
    return !!textarea && textarea.value.trim() !== (state.segments[index].target ?? '').trim();
  }

  function activate(index, { focus = true, scroll = 'nearest' } = {}) {
    if (index < 0 || index >= state.rows.length) return;
    if (index !== state.active) {
      const previous = state.active;
      if (previous >= 0) {
        state.rows[previous].classList.remove('active');
        state.rows[previous].removeAttribute('aria-current');
        saveIfDirty(previous);
      }
      state.active = index;
      const row = state.rows[index];
      row.classList.add('active');
      row.setAttribute('aria-current', 'true');
      row.scrollIntoView({ block: scroll });
      refreshSide();
    }
    if (focus) {
      const textarea = activeTextarea();
      if (document.activeElement !== textarea) {
        textarea.focus({ preventScroll: true });
        textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      }
    }
  }

  /** Leaving a changed row keeps the change as a draft, as CAT tools do. */
  function saveIfDirty(index) {
    if (!isDirty(index)) return;
    const textarea = state.rows[index].querySelector('.target-box');
    if (!textarea.value.trim()) return;
    saveDraft(index);
  }

  async function saveDraft(index = state.active) {
    const segment = state.segments[index];
    const row = state.rows[index];
    const text = row.querySelector('.target-box').value;
    try {
      setSegment(index, await api.segments.draft(segment.id, text), false);
      showRowError(row, null);
      return true;
    } catch (error) {
      showRowError(row, problemText(error));
      return false;
    }
  }

  async function confirm(status) {
    if (state.busy || state.active < 0) return;
    const index = state.active;
    const segment = state.segments[index];
    const row = state.rows[index];
    const body = { target: row.querySelector('.target-box').value, status };
    // the match the translation started from: the one inserted now, or the pre-translation's
    const origin = state.inserted.get(segment.id) ?? (segment.matchScore != null ? { score: segment.matchScore } : null);
    if (origin) {
      body.matchScore = origin.score;
      if (origin.unitId != null) body.unitId = origin.unitId;
    }
    state.busy = true;
    row.classList.add('saving');
    try {
      const result = await api.segments.confirm(segment.id, body);
      state.inserted.delete(segment.id);
      state.matches.clear();
      setSegment(index, result.segment, true);
      showRowError(row, null);
      if (result.propagated.length) await updatePropagated(result.propagated);
      refreshProgress();
      moveToNextUnconfirmed(index);
    } catch (error) {
      showRowError(row, problemText(error));
      activeTextarea()?.focus();
    } finally {
      state.busy = false;
      row.classList.remove('saving');
    }
  }

  function setSegment(index, segment, target) {
    state.segments[index] = segment;
    updateState(state.rows[index], segment, { target });
    if (target) autosize(state.rows[index].querySelector('.target-box'));
    state.rows[index].classList.toggle('dirty', isDirty(index));
    if (index !== state.active) return;
    renderSideTitle();
    if (state.tab === 'history') renderHistory(historyPanel, segment);
  }

  async function updatePropagated(ids) {
    const fresh = await Promise.all(ids.map((id) => api.segments.get(id).catch(() => null)));
    for (const segment of fresh.filter(Boolean)) {
      const index = state.segments.findIndex((s) => s.id === segment.id);
      if (index < 0) continue;
      setSegment(index, segment, true);
      state.rows[index].classList.add('propagated');
      setTimeout(() => state.rows[index]?.classList.remove('propagated'), 2500);
    }
    notify(`Also filled ${ids.length} identical segment${ids.length === 1 ? '' : 's'}: ${fresh.filter(Boolean).map((s) => s.position + 1).join(', ')}.`);
  }

  async function refreshProgress() {
    try {
      toolbar.setProgress(await api.documents.get(documentId));
    } catch {
      // the progress line is a convenience; the rows are right
    }
  }

  function visibleIndexes() {
    return state.rows.map((row, i) => (row.hidden ? -1 : i)).filter((i) => i >= 0);
  }

  function moveToNextUnconfirmed(from) {
    const order = [...state.segments.keys()].slice(from + 1).concat([...state.segments.keys()].slice(0, from + 1));
    const next = order.find((i) => !isDone(state.segments[i].status) && !state.rows[i].hidden);
    if (next === undefined) {
      notify('Every segment is confirmed.');
      activeTextarea()?.focus();
      return;
    }
    activate(next);
  }

  function move(step) {
    const visible = visibleIndexes();
    const at = visible.indexOf(state.active);
    const next = at < 0 ? visible[0] : visible[Math.min(visible.length - 1, Math.max(0, at + step))];
    if (next !== undefined) activate(next);
  }

  function insertText(text, origin) {
    const textarea = activeTextarea();
    if (!textarea) return;
    const segment = state.segments[state.active];
    textarea.value = text;
    autosize(textarea);
    if (origin) state.inserted.set(segment.id, origin);
    state.rows[state.active].classList.toggle('dirty', isDirty(state.active));
    textarea.focus();
    textarea.setSelectionRange(text.length, text.length);
  }

  function insertMatch(n) {
    const segment = state.segments[state.active];
    const result = segment && state.matches.get(segment.id);
    const match = result?.matches?.[n];
    if (!match) {
      notify(result ? `There is no match ${n + 1}.` : 'The matches are still loading.');
      return;
    }
    insertText(match.target, { score: match.score, unitId: match.unitId });
    const row = state.rows[state.active];
    row.querySelector('.seg-state .score')?.replaceWith(h('span', { class: `score band-inserted`, title: `inserted ${match.score}% match` }, `${match.score}%`));
    for (const card of matchesPanel.querySelectorAll('.match')) card.classList.toggle('inserted', Number(card.dataset.n) === n + 1);
  }

  let sideToken = 0;
  function renderSideTitle() {
    const segment = state.segments[state.active];
    if (segment) replace(sideTitle, h('span', {}, `Segment ${segment.position + 1}`), h('span', { class: 'muted' }, ` · ${number(segment.words)} words · ${segment.status}`));
  }

  async function refreshSide() {
    const segment = state.segments[state.active];
    if (!segment) return;
    const mine = ++sideToken;
    renderSideTitle();
    if (state.tab === 'history') renderHistory(historyPanel, segment, () => mine === sideToken);
    // the matches load whatever the tab: Ctrl+1…5 needs them
    let result = state.matches.get(segment.id);
    if (!result) {
      replace(matchesPanel, h('p', { class: 'muted' }, 'Looking in the memory…'));
      try {
        result = await api.segments.matches(segment.id);
        state.matches.set(segment.id, result);
      } catch (error) {
        if (mine === sideToken) replace(matchesPanel, errorBox(error));
        return;
      }
    }
    if (mine !== sideToken) return;
    renderMatches(matchesPanel, segment, result, (n) => insertMatch(n));
    const inserted = state.inserted.get(segment.id);
    if (inserted) for (const card of matchesPanel.querySelectorAll('.match')) card.classList.toggle('inserted', Number(card.dataset.unitId) === inserted.unitId);
  }

  function applyFilter(filter, { keepActive = false } = {}) {
    state.filter = filter;
    const wanted = FILTERS[filter] ?? FILTERS.all;
    let shown = 0;
    state.rows.forEach((row, i) => {
      row.hidden = !wanted(state.segments[i]);
      if (!row.hidden) shown++;
    });
    toolbar.setShown(shown, state.rows.length);
    if (!keepActive && state.rows[state.active]?.hidden) {
      const first = visibleIndexes()[0];
      if (first !== undefined) activate(first);
    }
  }

  async function pretranslate(minScore) {
    try {
      const report = await api.documents.pretranslate(documentId, minScore);
      notify(`Pre-translated ${number(report.filled)} of ${number(report.untranslated)} untranslated segments with matches of ${minScore}% or more (as drafts).`);
      const fresh = await api.documents.segments(documentId);
      fresh.forEach((segment, index) => {
        if (index < state.rows.length && !isDirty(index)) setSegment(index, segment, true);
        else state.segments[index] = { ...segment, target: state.segments[index].target };
      });
      applyFilter(state.filter, { keepActive: true });
      refreshProgress();
      return report;
    } catch (error) {
      notifyError(error);
      return null;
    }
  }

  function selectedText() {
    const focused = document.activeElement;
    if (focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement) {
      const text = focused.value.substring(focused.selectionStart ?? 0, focused.selectionEnd ?? 0);
      if (text.trim()) return text;
    }
    return window.getSelection()?.toString() ?? '';
  }

  function leaveRow() {
    const row = state.rows[state.active];
    if (!row) return;
    saveIfDirty(state.active);
    row.focus({ preventScroll: true });
  }

  function onKey(event) {
    if (document.querySelector('dialog[open]')) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (ctrl && event.key === 'Enter') {
      event.preventDefault();
      confirm(event.shiftKey ? 'reviewed' : 'translated');
    } else if ((ctrl || (event.altKey && !event.shiftKey)) && digit && Number(digit[1]) <= 5) {
      event.preventDefault();
      insertMatch(Number(digit[1]) - 1);
    } else if (ctrl && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (ctrl && event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      insertText(state.segments[state.active].source, null);
    } else if (ctrl && event.code === 'KeyS') {
      event.preventDefault();
      saveDraft().then((ok) => ok && notify(`Draft of segment ${state.segments[state.active].position + 1} saved.`));
    } else if (ctrl && event.code === 'KeyK') {
      event.preventDefault();
      const text = selectedText();
      showTab('concordance');
      if (text.trim()) concordance.search(text.trim());
      else concordance.focus();
    } else if (ctrl && event.code === 'KeyH') {
      event.preventDefault();
      showTab('history');
    } else if (ctrl && event.code === 'KeyM') {
      event.preventDefault();
      showTab('matches');
    } else if (event.key === 'Escape' && event.target.classList?.contains('target-box')) {
      event.preventDefault();
      leaveRow();
    } else if (event.key === 'Enter' && event.target.classList?.contains('seg-row')) {
      event.preventDefault();
      activate(Number(event.target.dataset.index));
    }
  }

  renderRows();
  document.addEventListener('keydown', onKey);
  return async () => {
    document.removeEventListener('keydown', onKey);
    if (state.active >= 0 && isDirty(state.active) && activeTextarea().value.trim()) await saveDraft(state.active);
  };
}

// #/align: an Arabic text and its English translation, aligned sentence by sentence. The proposed pairs
// are shown side by side with their confidence (low confidence first on request) and can be fixed —
// merge with the next, split, move a sentence up or down, unpair — then committed to the memory.
import * as api from './api.js';
import { h, bidi, replace, number } from './dom.js';
import { alignmentMap } from './alignmap.js';
import * as edit from './beads.js';
import { notify, errorBox, problemText } from './toast.js';

export async function mountAlignment(view) {
  // pairs below 90% are the ones `tw align` and `tw demo` list for a reviewer to look at first
  const state = { source: [], target: [], beads: [], lowFirst: false, low: 0.9, selected: -1 };

  const sourceBox = h('textarea', { id: 'align-source', class: 'align-text', dir: 'rtl', lang: 'ar', rows: '8', 'aria-label': 'Arabic text', placeholder: 'النص العربي…' });
  const targetBox = h('textarea', { id: 'align-target', class: 'align-text', dir: 'ltr', lang: 'en', rows: '8', 'aria-label': 'English translation', placeholder: 'The English translation…' });
  const sourceFile = fileLoader('align-source-file', 'Arabic file', sourceBox);
  const targetFile = fileLoader('align-target-file', 'English file', targetBox);
  const pick = h('select', { id: 'align-document', 'aria-label': 'Take the Arabic from a document' }, h('option', { value: '' }, 'or take a document’s source…'));
  pick.addEventListener('change', async () => {
    if (!pick.value) return;
    try {
      const segments = await api.documents.segments(Number(pick.value));
      sourceBox.value = joinParagraphs(segments.map((s) => ({ text: s.source, paragraph: s.paragraph })));
    } catch (error) {
      showError(error);
    }
  });
  api.documents.list().then((docs) => pick.append(...docs.map((d) => h('option', { value: d.id }, d.name)))).catch(() => {});

  const alignButton = h('button', { type: 'submit', class: 'primary', id: 'align-run' }, 'Align');
  const error = h('p', { class: 'error-box', role: 'alert', hidden: true, id: 'align-error' });
  const inputForm = h('form', { class: 'card align-input', 'aria-label': 'Texts to align' },
    h('div', { class: 'align-sides' },
      h('div', { class: 'align-side' }, h('div', { class: 'side-head' }, h('label', { for: 'align-source' }, 'Arabic'), sourceFile, pick), sourceBox),
      h('div', { class: 'align-side' }, h('div', { class: 'side-head' }, h('label', { for: 'align-target' }, 'English'), targetFile), targetBox)),
    h('div', { class: 'form-row' }, alignButton, h('span', { class: 'muted small' }, 'Paragraphs on separate lines help; the sentences are cut as in the editor.')),
    error);

  const summary = h('div', { class: 'align-summary', 'aria-live': 'polite' });
  const lowFirst = h('input', { type: 'checkbox', id: 'align-low-first' });
  const lowLimit = h('input', { type: 'number', id: 'align-low', min: '0', max: '100', value: '90', class: 'score-input', 'aria-label': 'Low confidence below (percent)' });
  const memory = h('input', { type: 'text', id: 'align-memory', value: 'default', size: '10' });
  const documentName = h('input', { type: 'text', id: 'align-docname', size: '14', dir: 'auto', placeholder: 'optional' });
  const minConfidence = h('input', { type: 'number', id: 'align-min', min: '0', max: '100', value: '0', class: 'score-input' });
  const commitButton = h('button', { type: 'submit', class: 'primary', id: 'align-commit' }, 'Commit to memory');
  const commitResult = h('div', { class: 'commit-result', id: 'align-result', 'aria-live': 'polite' });
  // tw align --commit refuses such texts; here the reviewer sees why and decides
  const evidenceNote = h('p', { class: 'error-box', role: 'alert', hidden: true, id: 'align-evidence' });
  const commitForm = h('form', { class: 'form-row commit-form', 'aria-label': 'Commit the pairs' },
    h('label', { for: 'align-memory' }, 'Memory'), memory,
    h('label', { for: 'align-docname' }, 'Document'), documentName,
    h('label', { for: 'align-min' }, 'Skip below'), minConfidence, h('span', { 'aria-hidden': 'true' }, '%'),
    commitButton);
  const mapHolder = h('div', { class: 'map-holder' });
  const list = h('div', { class: 'bead-list', role: 'list', 'aria-label': 'Aligned pairs' });
  const results = h('section', { class: 'card align-results', hidden: true, 'aria-label': 'Alignment' },
    h('div', { class: 'align-toolbar' }, summary,
      h('label', { class: 'check' }, lowFirst, ' Low confidence first'),
      h('label', { for: 'align-low', class: 'muted small' }, 'low below'), lowLimit, h('span', { class: 'muted small' }, '%')),
    evidenceNote, commitForm, commitResult,
    h('div', { class: 'align-body' }, h('div', { class: 'map-column' }, mapHolder, h('p', { class: 'muted small map-legend' }, h('span', { class: 'legend-low' }, '■'), ' low confidence · ', h('span', { class: 'legend-ok' }, '■'), ' sure · ', h('span', { class: 'legend-edited' }, '■'), ' fixed by you')), list));

  view.append(h('section', { class: 'page align-page' }, h('div', { class: 'page-head' }, h('h1', {}, 'Alignment')), inputForm, results));

  function showError(problem) {
    error.textContent = problem ? problemText(problem) : '';
    error.hidden = !problem;
  }

  inputForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    showError(null);
    alignButton.disabled = true;
    try {
      const alignment = await api.alignment.align(sourceBox.value, targetBox.value);
      state.source = alignment.source;
      state.target = alignment.target;
      state.beads = alignment.beads.map((bead) => ({ source: bead.source, target: bead.target, confidence: bead.confidence, edited: false }));
      state.selected = -1;
      const evidence = alignment.evidence;
      evidenceNote.textContent = evidence && !evidence.looksLikeTranslation ? `⚠ ${evidence.objection}. Are these the right texts?` : '';
      evidenceNote.hidden = !evidenceNote.textContent;
      replace(commitResult);
      results.hidden = false;
      render();
      list.querySelector('.bead')?.focus();
    } catch (problem) {
      showError(problem);
    } finally {
      alignButton.disabled = false;
    }
  });

  lowFirst.addEventListener('change', () => { state.lowFirst = lowFirst.checked; render(); });
  lowLimit.addEventListener('change', () => { state.low = Number(lowLimit.value) / 100; render(); });

  commitForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const pairs = edit.pairs(state.beads, state.source, state.target);
    commitButton.disabled = true;
    try {
      const result = await api.alignment.commit({
        pairs,
        memory: memory.value.trim() || 'default',
        document: documentName.value.trim() || undefined,
        minConfidence: Number(minConfidence.value) / 100,
      });
      replace(commitResult, h('p', { class: 'ok-box' }, `Stored ${number(result.stored)} pairs in "${memory.value.trim() || 'default'}", merged ${number(result.merged)}, skipped ${number(result.skipped.length)}.`),
        result.skipped.length ? h('ul', { class: 'skipped' }, result.skipped.slice(0, 30).map((s) => h('li', {}, `pair ${s.index + 1}: ${s.reason}`))) : null);
      notify(`Committed ${number(result.stored + result.merged)} pairs to the memory.`);
    } catch (problem) {
      replace(commitResult, errorBox(problem));
    } finally {
      commitButton.disabled = false;
    }
  });

  function apply(beads, focusIndex) {
    state.beads = beads;
    state.selected = Math.min(focusIndex, beads.length - 1);
    render();
    list.querySelector(`.bead[data-index="${state.selected}"]`)?.focus();
  }

  function render() {
    const low = state.beads.filter((b) => isLow(b)).length;
    const paired = state.beads.filter((b) => b.source.length && b.target.length).length;
    replace(summary, h('strong', {}, `${number(paired)} pairs`), ` from ${number(state.source.length)} Arabic and ${number(state.target.length)} English sentences · `,
      h('span', { class: low ? 'warn' : 'ok' }, `${number(low)} of low confidence`));
    commitButton.textContent = `Commit ${number(paired)} pairs`;
    replace(mapHolder, alignmentMap({ source: state.source, target: state.target, beads: state.beads, low: state.low, selected: state.selected, onPick: (i) => select(i, true) }));
    const order = state.beads.map((_, i) => i);
    if (state.lowFirst) order.sort((a, b) => sortKey(state.beads[a]) - sortKey(state.beads[b]) || a - b);
    replace(list, order.map((i) => beadRow(i)));
  }

  function isLow(bead) {
    return !bead.edited && bead.confidence !== null && bead.confidence < state.low;
  }

  function sortKey(bead) {
    return bead.edited ? 2 : bead.confidence ?? 1;
  }

  function select(i, scroll) {
    state.selected = i;
    for (const row of list.querySelectorAll('.bead')) row.classList.toggle('selected', Number(row.dataset.index) === i);
    for (const box of mapHolder.querySelectorAll('.map-bead')) box.classList.toggle('selected', Number(box.dataset.bead) === i);
    const row = list.querySelector(`.bead[data-index="${i}"]`);
    if (scroll && row) {
      row.scrollIntoView({ block: 'center' });
      row.focus({ preventScroll: true });
    }
  }

  function beadRow(i) {
    const bead = state.beads[i];
    const button = (label, title, action, enabled = true) => {
      const b = h('button', { type: 'button', class: 'small ghost', title, disabled: !enabled }, label);
      b.addEventListener('click', (event) => { event.stopPropagation(); action(); });
      return b;
    };
    const sideCell = (side, sentences, dir, lang) => h('div', { class: `bead-side bead-${side}`, dir, lang },
      sentences.length
        ? sentences.map((index) => h('p', { class: 'sentence' }, dir === 'rtl' ? bidi(state.source[index].text) : state.target[index].text))
        : h('p', { class: 'unpaired', dir: 'ltr', lang: 'en' }, side === 'source' ? '(no Arabic)' : '(no English)'));
    const moves = (side, label) => {
      const count = bead[side].length;
      return h('span', { class: 'move-group' }, h('span', { class: 'move-label' }, label),
        button('↑', `Move the first ${label} sentence into the pair above`, () => apply(edit.moveSentence(state.beads, i, side, -1), i - 1), i > 0 && count > 0),
        button('↓', `Move the last ${label} sentence into the pair below`, () => apply(edit.moveSentence(state.beads, i, side, 1), i), i < state.beads.length - 1 && count > 0));
    };
    const confidence = bead.edited
      ? h('span', { class: 'confidence edited', title: 'fixed by you' }, '✓ fixed')
      : h('span', { class: `confidence${isLow(bead) ? ' low' : ''}`, title: 'confidence' },
        h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', { style: `width:${Math.round((bead.confidence ?? 0) * 100)}%` })),
        bead.confidence === null ? '—' : `${Math.round(bead.confidence * 100)}%`,
        isLow(bead) ? h('span', { class: 'low-mark' }, ' ⚠ low') : null);
    const row = h('div', {
      class: `bead${isLow(bead) ? ' low' : ''}${bead.edited ? ' edited' : ''}${i === state.selected ? ' selected' : ''}`,
      role: 'listitem', tabindex: '0', dataset: { index: i },
      'aria-label': `Pair ${i + 1}, ${bead.source.length} Arabic to ${bead.target.length} English`,
    },
    h('div', { class: 'bead-head' },
      h('span', { class: 'bead-num' }, `${i + 1}`), h('span', { class: 'bead-shape' }, `${bead.source.length}:${bead.target.length}`), confidence,
      h('span', { class: 'bead-actions' },
        h('span', { class: 'move' }, moves('source', 'Arabic'), moves('target', 'English')),
        button('Merge ↓', 'Merge with the next pair (M)', () => apply(edit.mergeWithNext(state.beads, i), i), i < state.beads.length - 1),
        button('Split', 'Split into two pairs (S)', () => apply(edit.split(state.beads, i), i), edit.canSplit(bead)),
        button('Unpair', 'Unpair: keep the sentences out of the memory (U)', () => apply(edit.unpair(state.beads, i), i), bead.source.length > 0 && bead.target.length > 0))),
    sideCell('source', bead.source, 'rtl', 'ar'),
    sideCell('target', bead.target, 'ltr', 'en'));
    row.addEventListener('focus', () => select(i, false));
    row.addEventListener('keydown', (event) => {
      if (event.target !== row || event.ctrlKey || event.altKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if (key === 'm' && i < state.beads.length - 1) apply(edit.mergeWithNext(state.beads, i), i);
      else if (key === 's' && edit.canSplit(bead)) apply(edit.split(state.beads, i), i);
      else if (key === 'u') apply(edit.unpair(state.beads, i), i);
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const rows = [...list.querySelectorAll('.bead')];
        rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
      } else return;
      event.preventDefault();
    });
    return row;
  }

  return null;
}

function fileLoader(id, label, box) {
  const input = h('input', { type: 'file', id, accept: '.txt,text/plain', class: 'file-small', 'aria-label': label });
  input.addEventListener('change', async () => {
    if (input.files[0]) box.value = await input.files[0].text();
  });
  return input;
}

function joinParagraphs(sentences) {
  const lines = [];
  let paragraph = null;
  for (const sentence of sentences) {
    if (sentence.paragraph === paragraph && lines.length) lines[lines.length - 1] += ` ${sentence.text}`;
    else lines.push(sentence.text);
    paragraph = sentence.paragraph;
  }
  return lines.join('\n');
}

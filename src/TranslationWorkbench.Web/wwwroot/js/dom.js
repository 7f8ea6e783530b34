// DOM helpers. Every piece of data reaches the page as a text node (textContent, append(string)):
// nothing here ever parses HTML, so a segment holding "<script>" shows as text.

/** Creates an element: h('td', { class: 'x', dir: 'rtl', onclick: f }, 'text', child…). */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Creates an SVG element (alignment map). */
export function svg(tag, attributes, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.setAttribute('class', value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'value') {
      // an input's value attribute is also what form.reset() goes back to
      if (element instanceof HTMLInputElement) element.setAttribute('value', String(value));
      element.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'hidden' || name === 'disabled') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends children: nodes as they are, anything else as text. */
export function append(element, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Replaces the children of an element. */
export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

// A left-to-right run inside Arabic: Latin words, European digits and markup-like tags, with the spaces and
// punctuation between them (so "Myles Caggins", "07-02-2020" or "<b>bold</b>" stay one run, in order); a
// trailing full stop or comma is left to the Arabic sentence.
const LTR_TOKEN = String.raw`(?:<\/?[A-Za-z][^<>]*>|[A-Za-z0-9\u00C0-\u024F]+)`;
const LTR_RUN = new RegExp(String.raw`${LTR_TOKEN}(?:[\s.,:;/\-_'’@&+=()"*#]*${LTR_TOKEN})*[+%-]?`, 'g');

/**
 * Arabic (right-to-left) text with its numbers and Latin names isolated in <bdi dir="ltr">, so that they
 * do not jump around neighbouring punctuation (Unicode bidi: a number next to "-" or "/" inside RTL text
 * is otherwise reordered with it).
 */
export function bidi(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of String(text ?? '').matchAll(LTR_RUN)) {
    if (match.index > last) fragment.append(text.slice(last, match.index));
    fragment.append(h('bdi', { dir: 'ltr' }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < String(text ?? '').length) fragment.append(text.slice(last));
  return fragment;
}

/** Text with stretches marked (concordance hits): spans in order, none, or missing, as UTF-16 offsets, as C# strings count. */
export function highlighted(text, spans, rtl) {
  const render = rtl ? bidi : (part) => part;
  const parts = [];
  let last = 0;
  for (const span of (spans ?? []).filter((hit) => hit.length > 0)) {
    parts.push(render(text.slice(last, span.start)), h('mark', {}, render(text.slice(span.start, span.start + span.length))));
    last = span.start + span.length;
  }
  parts.push(render(text.slice(last)));
  return append(document.createDocumentFragment(), parts);
}

/**
 * A word diff as <del>/<ins> (struck and underlined, not colour alone), each isolated with dir="auto" so
 * it reads in order in both Arabic and English text.
 */
export function diff(operations, rtl) {
  const render = rtl ? bidi : (part) => part;
  const fragment = document.createDocumentFragment();
  for (const operation of operations ?? []) {
    if (operation.kind === 'equal') fragment.append(render(operation.text));
    else if (operation.kind === 'delete') fragment.append(h('del', { dir: 'auto', title: 'only in the match' }, render(operation.text)));
    else if (operation.kind === 'insert') fragment.append(h('ins', { dir: 'auto', title: 'only in this segment' }, render(operation.text)));
  }
  return fragment;
}

const numberFormat = new Intl.NumberFormat('en');
export const number = (value) => numberFormat.format(value ?? 0);

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
/** A timestamp as the translator's clock shows it. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dateFormat.format(date);
}

/** A percentage with a label, e.g. "12 / 45". */
export function fraction(done, total) {
  return `${number(done)} / ${number(total)}`;
}

// Target boxes grow with their text through CSS (field-sizing: content); where a browser lacks it, by hand.
const growsByItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** Makes a textarea as tall as its text, where CSS cannot. */
export function autosize(textarea) {
  if (growsByItself || !textarea) return;
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

// Short notices at the bottom of the screen (an aria-live region). Errors stay until closed.
import { h } from './dom.js';

export function notify(message, kind = 'info') {
  const region = document.getElementById('toasts');
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Close' }, '×');
  const toast = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : null }, h('span', { class: 'toast-text' }, message), close);
  close.addEventListener('click', () => toast.remove());
  region.append(toast);
  if (kind !== 'error') setTimeout(() => toast.remove(), 6000);
  return toast;
}

/** What went wrong, as the translator should read it: the ProblemDetails detail the server gave, else the error's message. */
export function problemText(error) {
  return error?.detail || error?.message || String(error);
}

/** Shows what went wrong as a notice. */
export function notifyError(error) {
  return notify(problemText(error), 'error');
}

/** Shows what went wrong in the page, where the thing that failed would have been. */
export function errorBox(error) {
  return h('p', { class: 'error-box', role: 'alert' }, problemText(error));
}

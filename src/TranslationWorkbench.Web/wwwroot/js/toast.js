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

/** Shows what went wrong: the ProblemDetails detail the server gave. */
export function notifyError(error) {
  return notify(error?.detail || error?.message || String(error), 'error');
}

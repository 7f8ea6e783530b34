// The single-page workbench: hash routes (#/documents, #/documents/1, #/memory, #/memory/1, #/align).
import { mountDocuments } from './documents.js';
import { mountEditor } from './editor.js';
import { mountMemory } from './memory.js';
import { mountAlignment } from './alignment.js';
import { h, replace } from './dom.js';

const routes = [
  [/^#\/documents\/(\d+)$/, (view, match) => mountEditor(view, Number(match[1])), 'documents'],
  [/^#\/documents\/?$/, (view) => mountDocuments(view), 'documents'],
  [/^#\/memory\/(\d+)$/, (view, match) => mountMemory(view, Number(match[1])), 'memory'],
  [/^#\/memory\/?$/, (view) => mountMemory(view, null), 'memory'],
  [/^#\/align\/?$/, (view) => mountAlignment(view), 'align'],
];

let unmount = null;

async function route() {
  const view = document.getElementById('view');
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace('#/documents');
    return;
  }
  if (unmount) {
    const leaving = unmount;
    unmount = null;
    await leaving();
  }
  const found = routes.find(([pattern]) => pattern.test(location.hash));
  for (const link of document.querySelectorAll('.app-nav a')) {
    link.toggleAttribute('aria-current', found?.[2] === link.dataset.route);
    if (found?.[2] === link.dataset.route) link.setAttribute('aria-current', 'page');
  }
  if (!found) {
    replace(view, h('section', { class: 'page' }, h('h1', {}, 'Not here'), h('p', {}, 'There is no such page. '), h('a', { href: '#/documents' }, 'Go to the documents')));
    return;
  }
  replace(view);
  view.className = '';
  unmount = (await found[1](view, location.hash.match(found[0]))) ?? null;
}

window.addEventListener('hashchange', route);
document.getElementById('help-button').addEventListener('click', () => document.getElementById('help').showModal());
document.addEventListener('keydown', (event) => {
  if (event.key === 'F1') {
    event.preventDefault();
    document.getElementById('help').showModal();
  }
});
route();

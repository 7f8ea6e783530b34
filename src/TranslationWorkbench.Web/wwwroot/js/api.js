// The workbench API (/api). Every call throws an ApiError carrying the server's ProblemDetails, whose
// `detail` is what the translator should read.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function problemOf(response) {
  let title = response.statusText;
  let detail = '';
  try {
    const body = await response.json();
    title = body.title ?? title;
    detail = body.detail ?? '';
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(response.status, title, detail || title || `HTTP ${response.status}`);
}

async function send(method, url, body) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new ApiError(0, 'The workbench cannot be reached.', `The workbench server does not answer (is "tw serve" still running?): ${error.message}`);
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response;
}

const get = (url) => send('GET', url);
const post = (url, body) => send('POST', url, body ?? {});
const enc = encodeURIComponent;

function form(fields) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== null && value !== '') data.append(name, value);
  return data;
}

/** A file the server sends: its bytes, the name it suggests, and the response (for headers). */
export async function download(url) {
  const response = await send('GET', url);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), name: decodeURIComponent(name), response };
}

export const documents = {
  list: () => get('/api/documents'),
  get: (id) => get(`/api/documents/${enc(id)}`),
  upload: (file, fields) => send('POST', '/api/documents', form({ file, ...fields })),
  remove: (id) => send('DELETE', `/api/documents/${enc(id)}`),
  segments: (id, status) => get(`/api/documents/${enc(id)}/segments${status ? `?status=${enc(status)}` : ''}`),
  analysis: (id) => get(`/api/documents/${enc(id)}/analysis`),
  pretranslate: (id, minScore) => post(`/api/documents/${enc(id)}/pretranslate`, { minScore }),
  textUrl: (id) => `/api/documents/${enc(id)}/export.txt`,
  tmxUrl: (id) => `/api/documents/${enc(id)}/export.tmx`,
};

export const segments = {
  get: (id) => get(`/api/segments/${enc(id)}`),
  matches: (id) => get(`/api/segments/${enc(id)}/matches`),
  draft: (id, target) => post(`/api/segments/${enc(id)}/draft`, { target }),
  confirm: (id, body) => post(`/api/segments/${enc(id)}/confirm`, body),
  revisions: (id) => get(`/api/segments/${enc(id)}/revisions`),
  diff: (id, from, to) => get(`/api/segments/${enc(id)}/diff?from=${enc(from)}&to=${enc(to)}`),
};

export const memories = {
  list: () => get('/api/memories'),
  units: (id, offset, limit) => get(`/api/memories/${enc(id)}/units?offset=${enc(offset)}&limit=${enc(limit)}`),
  concordance: (text, memoryId, max) => post('/api/concordance', { text, memoryId: memoryId ?? null, max: max ?? 20 }),
  updateUnit: (id, source, target) => send('PUT', `/api/units/${enc(id)}`, { source, target }),
  deleteUnit: (id) => send('DELETE', `/api/units/${enc(id)}`),
  import: (file, fields) => send('POST', '/api/memories/import', form({ file, ...fields })),
  tmxUrl: (id) => `/api/memories/${enc(id)}/export.tmx`,
};

export const alignment = {
  align: (sourceText, targetText) => post('/api/align', { sourceText, targetText, sourceLanguage: 'ar', targetLanguage: 'en', presegmented: false }),
  commit: (body) => post('/api/align/commit', body),
};

// "Take it away, and cite it": every view gets a bar that downloads what it shows (the same API request as CSV,
// as CSV with a UTF-8 byte-order mark so that Excel opens Arabic right, and as JSON), copies a permalink that
// fixes "as known at" and names the record's head (so the link reproduces the answer for ever), and gives a
// citation. The codebook says what every column means.
import {ApiError} from './api.js';
import {clear, h} from './dom.js';
import {t} from './i18n.js';

const BOM = '\uFEFF';

/**
 * Fills `box`. what: {path, query, name (file name without extension), title, on?, asKnownAt, head?}; `permalink`
 * is the page URL that asks the same question.
 */
export function drawDownloads(box, what, permalink) {
  const out = h('output', {class: 'dl-output', 'aria-live': 'polite'});
  const button = (cls, word, action) => h('button', {type: 'button', class: cls, onclick: action}, t(word));
  clear(box,
    h('span', {class: 'dl-label'}, t('dl.label')),
    button('dl-csv', 'dl.csv', () => save(what, 'text/csv', '', 'csv')),
    button('dl-excel', 'dl.excel', () => save(what, 'text/csv', BOM, 'excel.csv')),
    button('dl-json', 'dl.json', () => save(what, 'application/json', '', 'json')),
    button('dl-permalink', 'dl.permalink', () => show(out, permalink, 'permalink')),
    button('dl-cite', 'dl.cite', () => show(out, citation(what, permalink), 'citation')),
    h('a', {href: '/codebook', class: 'dl-codebook'}, t('dl.codebook')),
    out);
}

function url(what) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(what.query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, value);
  }
  return `/api/v1${what.path}?${params}`;
}

/** Fetches the answer in the asked form and hands it to the browser as a file (the link stays, for tests). */
async function save(what, accept, prefix, extension) {
  const response = await fetch(url(what), {headers: {Accept: accept}});
  if (!response.ok) throw new ApiError(`${response.status} for ${url(what)}`, null, response.status);
  const text = prefix + await response.text();
  const type = accept === 'text/csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const link = h('a', {href: URL.createObjectURL(new Blob([text], {type})), download: `${what.name}.${extension}`,
    class: 'dl-file', hidden: true});
  document.body.append(link);
  link.click();
}

function show(out, text, kind) {
  clear(out, h('input', {type: 'text', readonly: true, value: text, class: `dl-${kind}-text`, dir: 'ltr',
    'aria-label': t(kind === 'permalink' ? 'dl.permalink' : 'dl.cite')}));
  out.querySelector('input').select();
  if (navigator.clipboard) navigator.clipboard.writeText(text).then(() => out.append(' ', t('dl.copied')), () => {});
}

function citation(what, permalink) {
  const head = what.head ? `${what.head.seq}, ${what.head.hash.slice(0, 16)}` : '—';
  return t('cite.text', what.title, what.on || '—', what.asKnownAt, head, permalink,
    new Date().toISOString().slice(0, 10));
}

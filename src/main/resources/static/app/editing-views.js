// The views editors and patrollers use: "Add a fact" (#/new), "Recent changes" (#/changes, GET /api/v1/changes),
// and on a fact's page the correct and retract forms (EDITOR) and each cited line in its context (signed-in users:
// GET /api/v1/sources/{id}/text).
import {api} from './api.js';
import {clear, factLink, fmtInstant, h, label} from './dom.js';
import {drawFactForm, drawRetract} from './editor.js';
import {t} from './i18n.js';
import {drawRegistryForms} from './registry-forms.js';
import {hasRole, session} from './session.js';

const LATEST = 50;
const texts = new Map();

export async function showNewFact() {
  const view = document.getElementById('view-new');
  view.dataset.state = 'loading';
  const box = document.getElementById('new-fact');
  if (!hasRole('EDITOR')) {
    clear(box, h('p', {class: 'warning'}, t('edit.signInFirst')));
  } else {
    await drawFactForm(box, null, factId => { location.hash = `#/facts/${encodeURIComponent(factId)}`; });
    await drawRegistryForms(box);
  }
  view.dataset.state = 'ready';
}

/** The latest recordings, corrections and retractions, newest first, each linking to its fact and version. */
export async function showChanges() {
  const view = document.getElementById('view-changes');
  view.dataset.state = 'loading';
  const head = (await api('/presence', {on: new Date().toISOString().slice(0, 10), force: 'US'})).head.seq;
  const changes = await api('/changes', {after: Math.max(0, head - LATEST), limit: LATEST});
  clear(document.querySelector('#changes tbody'), changes.slice().reverse().map(c => h('tr', {'data-seq': c.seq,
    'data-fact-id': c.factId},
    h('td', {class: 'seq'}, String(c.seq)), h('td', {}, fmtInstant(c.recordedAt)), h('td', {}, c.recordedBy),
    h('td', {class: 'change'}, label(c.change)), h('td', {}, factLink(c.factId, c.version)),
    h('td', {class: 'reason', dir: 'auto'}, c.reason || '—'))));
  clear(document.getElementById('changes-meta'), t('changes.meta', changes.length, head));
  view.dataset.state = 'ready';
}

/** Adds to a fact's page what the signed-in user may do and see there. */
export async function factTools(fact) {
  const box = document.getElementById('fact-tools');
  clear(box);
  if (session().name) await quotesInContext(fact);
  if (!hasRole('EDITOR') || fact.status !== 'ACTIVE') return;
  const formBox = h('div', {class: 'fact-form-box'});
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  clear(box,
    h('button', {type: 'button', class: 'correct-button', onclick: () => drawFactForm(formBox, fact, reload)},
      t('edit.correct')), ' ',
    h('button', {type: 'button', class: 'retract-button', onclick: () => drawRetract(formBox, fact, reload)},
      t('edit.retract')),
    formBox);
  if (/[?&]addSource=1/.test(location.hash)) {
    await drawFactForm(formBox, fact, reload);
    formBox.querySelector('.sources-rows + button').click();
  }
}

/** Each locator "line N, «quote»" of a source with a stored text: lines N-1..N+1, the quote marked. */
async function quotesInContext(fact) {
  const items = document.querySelectorAll('#fact-sources li');
  await Promise.all(fact.sources.map(async (source, i) => {
    const m = /line (\d+), .*«(.+)»/s.exec(source.locator || '');
    if (!m || !items[i]) return;
    const lines = await text(source.sourceId);
    if (!lines) return;
    const n = Number(m[1]);
    items[i].append(h('blockquote', {class: 'in-context', dir: 'rtl', lang: 'ar', 'data-line': n},
      [n - 1, n, n + 1].filter(k => k >= 1 && k <= lines.length).map(k => h('div', {class: k === n ? 'cited' : ''},
        h('small', {dir: 'ltr'}, `${k} `), k === n ? marked(lines[k - 1], m[2]) : lines[k - 1]))));
  }));
}

function marked(line, quote) {
  const at = line.indexOf(quote);
  if (at < 0) return [line, ' ', h('strong', {class: 'warning'}, t('quote.notFound'))];
  return [line.slice(0, at), h('mark', {}, quote), line.slice(at + quote.length)];
}

async function text(sourceId) {
  if (!texts.has(sourceId)) {
    texts.set(sourceId, fetch(`/api/v1/sources/${encodeURIComponent(sourceId)}/text`, {credentials: 'same-origin'})
      .then(r => (r.ok ? r.text() : null)).then(body => (body == null ? null : body.split(/\r\n|\n|\r/))));
  }
  return texts.get(sourceId);
}

// The page's entry: the question in the URL (/?on=D&asKnownAt=T[&head=SEQ], a permalink), the views by hash
// (#/, #/map, #/over-time, #/compare?…, #/timeline?kind=&q=&page=, #/facts/{id}, #/bases/{id}) and the error box.
import {showCharts} from './charts.js';
import {showCompare} from './compare.js';
import {drawDownloads} from './downloads.js';
import {showMap} from './map.js';
import {factTools, showChanges, showNewFact} from './editing-views.js';
import {loadSession, onSession, wireSignIn} from './session.js';
import {drawSlider, drawn, stop} from './slider.js';
import {clear, h} from './dom.js';
import {closePanel} from './panel.js';
import {showPresence} from './presence.js';
import {showBase, showFact, showTimeline, timelineHash} from './timeline.js';
import {loadVocabulary, terms} from './vocabulary.js';
import {digits, lang, localize, setDigits, setLang, t} from './i18n.js';

const DEFAULT_DATE = '2021-12-20';
let shownView = null;
const $ = sel => document.querySelector(sel);

// ---- the question, kept in the query string ------------------------------------------------------

function question() {
  const params = new URLSearchParams(location.search);
  return {on: params.get('on') || DEFAULT_DATE, asKnownAt: params.get('asKnownAt') || '', head: params.get('head') || ''};
}

/** This page's URL asking the same question with "as known at" fixed to the answer's, naming the record's head. */
function permalink(asKnownAt, head, hash = location.hash) {
  const params = new URLSearchParams(location.search);
  params.set('asKnownAt', asKnownAt);
  if (head) params.set('head', head.seq); else params.delete('head');
  params.set('lang', lang());
  return `${location.origin}/?${params}${hash}`;
}

/** A permalink names the head its answer came from; another head at the same instant means a rewritten history. */
function checkHead(answer) {
  const want = question().head;
  const box = $('#head-warning');
  box.hidden = !(want && answer.head && String(answer.head.seq) !== want);
  if (!box.hidden) box.textContent = t('head.mismatch', want, answer.head.seq);
}

/** Slider and downloads of a date view (date or map), once its answer is drawn. */
function dateTools(view, answer, path, title) {
  drawSlider($(`#slider-${view}`), answer.on, question().asKnownAt, on => {
    setQuestion(on, question().asKnownAt);
    fillForm();
    route();
  });
  drawDownloads($(`#dl-${view}`), {path, query: {on: answer.on, asKnownAt: answer.asKnownAt}, title,
    name: `sijill-${view}-${answer.on}`, on: answer.on, asKnownAt: answer.asKnownAt, head: answer.head},
  permalink(answer.asKnownAt, answer.head));
  checkHead(answer);
  drawn();
}

function setQuestion(on, asKnownAt) {
  const params = new URLSearchParams();
  params.set('on', on);
  if (asKnownAt) params.set('asKnownAt', asKnownAt);
  params.set('lang', lang());
  if (new URLSearchParams(location.search).get('digits')) params.set('digits', digits());
  history.replaceState(null, '', `/?${params}${location.hash}`);
}

/** The datetime-local value (read as UTC) → an ISO-8601 instant: 2026-01-01T00:00 → 2026-01-01T00:00:00Z. */
function toInstant(local) {
  if (!local) return '';
  const [date, time = '00:00'] = local.split('T');
  const [hh = '00', mm = '00', ss = '00'] = time.split(':');
  return `${date}T${hh}:${mm}:${ss.slice(0, 2).padStart(2, '0')}Z`;
}

/** An instant from the URL → the datetime-local value (UTC), or '' when it is not one. */
function toLocal(instant) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(instant || '');
  return m ? `${m[1]}T${m[2]}${m[3] || ':00'}` : '';
}

function fillForm() {
  const {on, asKnownAt} = question();
  $('#on').value = on;
  $('#asKnownAt').value = toLocal(asKnownAt);
}

function ask() {
  const on = $('#on').value;
  if (!on) {
    showError(new Error(t('date.pick')));
    return;
  }
  setQuestion(on, toInstant($('#asKnownAt').value));
  if (currentView() === 'date') route();
  else location.hash = '#/';
}

// ---- errors ------------------------------------------------------------------------------------

function showError(error) {
  const problem = error.problem || {};
  const box = $('#error');
  clear(box,
    h('strong', {}, problem.title || t('error.title')), ': ',
    h('span', {class: 'error-detail'}, error.message),
    Array.isArray(problem.errors) && problem.errors.length
      ? h('ul', {}, problem.errors.map(e => h('li', {}, h('code', {}, e.field), ': ', e.message)))
      : null);
  box.hidden = false;
}

function clearError() {
  const box = $('#error');
  box.hidden = true;
  box.replaceChildren();
}

// ---- views -------------------------------------------------------------------------------------

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  return {parts, query: Object.fromEntries(new URLSearchParams(query))};
}

function currentView() {
  const {parts} = parseHash();
  return {'over-time': 'time', map: 'map', compare: 'compare', timeline: 'timeline', facts: 'fact', bases: 'base',
    new: 'new', changes: 'changes'}[parts[0]]
    || 'date';
}

async function route() {
  const {parts, query} = parseHash();
  const view = currentView();
  if (view !== shownView) {
    closePanel();
    if (view !== 'date' && view !== 'map') stop();
  }
  shownView = view;
  for (const section of document.querySelectorAll('section.view')) {
    section.hidden = section.id !== `view-${view}`;
  }
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    const current = link.dataset.view === view || (link.dataset.view === 'timeline' && (view === 'fact' || view === 'base'));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  clearError();
  const {on, asKnownAt} = question();
  try {
    switch (view) {
      case 'time': {
        const known = asKnownAt || new Date().toISOString().slice(0, 19) + 'Z';
        await showCharts(asKnownAt, on);
        drawDownloads($('#dl-time'), {path: '/presence/series', query: {type: 'FORCE', from: 2003, asKnownAt: known},
          title: t('cite.time'), name: 'sijill-troops-series', asKnownAt: known},
        permalink(known, null));
        break;
      }
      case 'map': {
        const answer = await showMap(on, asKnownAt);
        if (answer) dateTools('map', answer, '/presence', t('cite.map'));
        break;
      }
      case 'compare': {
        const diff = await showCompare(query);
        if (diff) {
          const at = diff.asKnownAt || diff.toKnownAt;
          const fixed = diff.on ? {...query, toKnownAt: diff.toKnownAt} : {...query, asKnownAt: diff.asKnownAt};
          drawDownloads($('#dl-compare'), {path: '/presence/diff', query: fixed, title: t('cite.compare'),
            name: 'sijill-diff', on: diff.on || `${diff.from}/${diff.to}`, asKnownAt: at, head: diff.head},
          permalink(at, diff.head, `#/compare?${new URLSearchParams(fixed)}`));
        }
        break;
      }
      case 'timeline': {
        await showTimeline(query);
        const known = new Date().toISOString().slice(0, 19) + 'Z';
        drawDownloads($('#dl-timeline'), {path: '/facts', query: {kind: query.kind, q: query.q, size: 200,
          sort: 'when', asKnownAt: known}, title: t('cite.timeline'), name: 'sijill-facts', asKnownAt: known},
        permalink(known, null));
        break;
      }
      case 'fact': await factTools(await showFact(decodeURIComponent(parts.slice(1).join('/')))); break;
      case 'new': await showNewFact(); break;
      case 'changes': await showChanges(); break;
      case 'base': await showBase(decodeURIComponent(parts.slice(1).join('/'))); break;
      default:
        document.title = t('title.date', on);
        {
          const answer = await showPresence(on, asKnownAt);
          if (answer) dateTools('date', answer, '/presence', t('cite.date'));
        }
    }
  } catch (error) {
    $(`#view-${view}`).dataset.state = 'error';
    showError(error);
  }
}

// ---- wiring ------------------------------------------------------------------------------------

$('#question').addEventListener('submit', e => { e.preventDefault(); ask(); });
$('#on').addEventListener('change', ask);
$('#asKnownAt').addEventListener('change', ask);
$('#now').addEventListener('click', () => { $('#asKnownAt').value = ''; ask(); });
$('#fact-search').addEventListener('submit', e => {
  e.preventDefault();
  location.hash = timelineHash({kind: $('#kind').value, q: $('#q').value.trim(), page: 0});
});
$('#kind').addEventListener('change', () => $('#fact-search').requestSubmit());
$('#compare-dates').addEventListener('submit', e => {
  e.preventDefault();
  location.hash = `#/compare?${new URLSearchParams({from: $('#cmp-from').value, to: $('#cmp-to').value})}`;
});
$('#compare-instants').addEventListener('submit', e => {
  e.preventDefault();
  const query = {on: $('#cmp-on').value, fromKnownAt: toInstant($('#cmp-fromKnownAt').value)};
  if ($('#cmp-toKnownAt').value) query.toKnownAt = toInstant($('#cmp-toKnownAt').value);
  location.hash = `#/compare?${new URLSearchParams(query)}`;
});
$('#detail-close').addEventListener('click', closePanel);
window.addEventListener('hashchange', route);

if (typeof Chart === 'undefined') {
  showError(new Error('Chart.js did not load (/webjars/chart.js/4.4.7/dist/chart.umd.js): the charts cannot be drawn.'));
}
/** The kind filter's options, from the vocabulary, in the reader's language. */
function fillKinds() {
  const select = $('#kind');
  const chosen = select.value;
  select.querySelectorAll('option[value]:not([value=""])').forEach(option => option.remove());
  select.append(...terms('kind').map(kind => h('option', {value: kind.code}, kind[lang()] || kind.en)));
  select.value = chosen;
}

/** Switches English ⇄ Arabic: the choice is kept (device and URL) and the view is drawn again. */
$('#lang-switch').addEventListener('click', () => {
  setLang(lang() === 'ar' ? 'en' : 'ar');
  localize();
  fillKinds();
  route();
});

/** The reader's digits for numbers (٠١٢٣ or 0123), kept like the language. */
$('#digits').addEventListener('change', e => {
  setDigits(e.target.value);
  route();
});

localize();
$('#digits').value = digits();
fillForm();
wireSignIn();
let started = false;
onSession(() => { if (started) route(); });
Promise.all([loadVocabulary().then(fillKinds, error => showError(error)), loadSession().catch(() => null)])
  .finally(() => { started = true; route(); });

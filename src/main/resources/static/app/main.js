// The page's entry: the question in the URL (/?on=D&asKnownAt=T, a permalink), the views by hash
// (#/, #/over-time, #/timeline?kind=&q=&page=, #/facts/{id}, #/bases/{id}) and the error box.
import {showCharts} from './charts.js';
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
  return {on: params.get('on') || DEFAULT_DATE, asKnownAt: params.get('asKnownAt') || ''};
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
  return {'over-time': 'time', timeline: 'timeline', facts: 'fact', bases: 'base'}[parts[0]] || 'date';
}

async function route() {
  const {parts, query} = parseHash();
  const view = currentView();
  if (view !== shownView) closePanel();
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
      case 'time': await showCharts(asKnownAt, on); break;
      case 'timeline': await showTimeline(query); break;
      case 'fact': await showFact(decodeURIComponent(parts.slice(1).join('/'))); break;
      case 'base': await showBase(decodeURIComponent(parts.slice(1).join('/'))); break;
      default:
        document.title = t('title.date', on);
        await showPresence(on, asKnownAt);
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
loadVocabulary().then(fillKinds, error => showError(error)).finally(route);

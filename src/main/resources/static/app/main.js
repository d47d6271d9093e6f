// The page's entry: the date form, the views by hash (views.js), the error box, sign-in, language and digits.
import {clear, h} from './dom.js';
import {digits, lang, localize, setDigits, setLang, t} from './i18n.js';
import {closePanel} from './panel.js';
import {question, setQuestion, toInstant, toLocal} from './question.js';
import {loadSession, onSession, wireSignIn} from './session.js';
import {stop} from './slider.js';
import {timelineHash} from './timeline.js';
import {drawView} from './views.js';
import {loadVocabulary, terms} from './vocabulary.js';

let shownView = null;
const $ = sel => document.querySelector(sel);

// ---- the question, kept in the query string (question.js) ---------------------------------------

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
    new: 'new', changes: 'changes', audit: 'audit'}[parts[0]]
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
  try {
    await drawView(view, parts, query, () => { fillForm(); route(); });
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

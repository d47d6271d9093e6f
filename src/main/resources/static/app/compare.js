// "Compare": what changed between two dates (GET /presence/diff?from&to&asKnownAt), and why the answer for one
// date changed between two record instants (GET /presence/diff?on&fromKnownAt&toKnownAt), each change with its
// facts, and for the second the recordings, corrections and retractions with reason and editor.
import {api} from './api.js';
import {clear, emptyRow, factLink, fmtInstant, fmtWhen, h, label, subjectOf} from './dom.js';
import {t} from './i18n.js';

let asked = 0;

/** query: {from, to, asKnownAt} or {on, fromKnownAt, toKnownAt}; answers the diff drawn (or null). */
export async function showCompare(query) {
  const view = document.getElementById('view-compare');
  for (const [key, value] of Object.entries(query)) {
    const input = document.getElementById(`cmp-${key}`);
    if (input && value) input.value = input.type === 'datetime-local' ? value.replace(/Z$/, '').slice(0, 19) : value;
  }
  const acrossRecord = Boolean(query.on || query.fromKnownAt);
  if (!(acrossRecord ? query.on && query.fromKnownAt : query.from && query.to)) {
    clear(document.querySelector('#diff tbody'));
    clear(document.getElementById('compare-meta'), t('compare.ask'));
    view.dataset.state = 'idle';
    return null;
  }
  const mine = ++asked;
  view.dataset.state = 'loading';
  const diff = await api('/presence/diff', query);
  if (mine !== asked) return null;
  clear(document.getElementById('compare-meta'), acrossRecord
    ? t('compare.metaRecord', diff.on, fmtInstant(diff.fromKnownAt), fmtInstant(diff.toKnownAt), diff.changes.length)
    : t('compare.metaDates', diff.from, diff.to, fmtInstant(diff.asKnownAt), diff.changes.length));
  const body = document.querySelector('#diff tbody');
  if (!diff.changes.length) {
    clear(body, emptyRow(4, t('compare.none')));
  } else {
    clear(body, diff.changes.map(c => h('tr', {'data-subject': `${c.subjectType}/${c.subjectId}`},
      h('th', {scope: 'row'}, subjectOf(c)),
      h('td', {class: 'before'}, state(c.before)),
      h('td', {class: 'after'}, state(c.after), c.lapsed ? [' · ', t('map.lapsed')] : null),
      h('td', {class: 'why'}, acrossRecord ? recordings(c.recordings) : factLink(c.factId, c.version)))));
  }
  view.dataset.state = 'ready';
  return diff;
}

function state(entry) {
  if (!entry) return h('span', {class: 'no-value'}, t('compare.noValue'));
  const value = entry.count != null ? String(entry.count) : label(entry.value);
  return [h('strong', {}, value), ' ', h('small', {}, fmtWhen(entry.when)), ' ', factLink(entry.factId, entry.version),
    entry.lapsed ? [' · ', t('map.lapsed')] : null];
}

function recordings(list) {
  if (!list.length) return t('compare.noRecordings');
  return h('ul', {class: 'recordings'}, list.map(r => h('li', {'data-change': r.change},
    h('strong', {}, label(r.change)), ' ', factLink(r.factId, r.version), ' — ', r.reason || '', ' ',
    h('small', {}, t('fact.recordedBy', fmtInstant(r.recordedAt), r.recordedBy)))));
}

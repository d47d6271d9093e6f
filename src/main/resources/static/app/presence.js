// "On a date": GET /api/v1/presence?on=D[&asKnownAt=T] as six tables.
import {api} from './api.js';
import {
  alternativesDetails, arabic, basisCell, badge, claimValue, clear, emptyRow, factLink,
  fmtCount, fmtInstant, fmtWhen, forceName, h, label, rawValue, scopeName, sourcesDetails, subjectOf,
} from './dom.js';

const $ = sel => document.querySelector(sel);
let asked = 0;

/** Asks the API and fills the tables; stale answers (a newer question was asked) are dropped. */
export async function showPresence(on, asKnownAt) {
  const view = $('#view-date');
  const mine = ++asked;
  view.dataset.state = 'loading';
  let answer;
  try {
    answer = await api('/presence', {on, asKnownAt});
  } catch (error) {
    if (mine !== asked) return;
    clearAnswer(); // no earlier answer may stand for this question
    throw error;
  }
  if (mine !== asked) return;
  render(answer);
  view.dataset.on = answer.on;
  view.dataset.asKnownAt = asKnownAt || '';
  view.dataset.state = 'ready';
}

function clearAnswer() {
  $('#answer-meta').replaceChildren();
  for (const body of document.querySelectorAll('#view-date table tbody')) body.replaceChildren();
  delete $('#view-date').dataset.on;
}

function render(p) {
  clear($('#answer-meta'),
    'Answer for ', h('strong', {}, p.on), ' as known at ', h('strong', {}, fmtInstant(p.asKnownAt)), ' (UTC). ',
    `${p.troops.length} force${p.troops.length === 1 ? '' : 's'}, ${p.missions.length} mission scope(s), `,
    `${p.bases.length} base(s), ${p.agreements.length} agreement(s) with a value; `,
    `${p.lapsed.length} lapsed, ${p.planned.length} planned.`);

  fill('#troops', 8, 'No troop figure holds on this date.', p.troops, t =>
    h('tr', {'data-force': t.force, 'data-fact-id': t.factId},
      h('th', {scope: 'row', class: 'force'}, forceName(t.force)),
      h('td', {class: 'count', 'data-value': t.count}, fmtCount(t.count)),
      h('td', {class: 'range', 'data-low': t.low, 'data-high': t.high},
        t.low == null && t.high == null ? '—' : `${fmtCount(t.low)}–${fmtCount(t.high)}`),
      ...claimCells(t, a => fmtCount(a.count))));

  fill('#missions', 7, 'No mission phase holds on this date.', p.missions, m =>
    h('tr', {'data-scope': m.scope, 'data-fact-id': m.factId},
      h('th', {scope: 'row', class: 'scope'}, scopeName(m.scope)),
      h('td', {class: 'phase', 'data-value': m.phase}, label(m.phase)),
      ...claimCells(m, a => label(a.phase))));

  fill('#bases', 9, 'No base status holds on this date.', p.bases, b =>
    h('tr', {'data-base-id': b.baseId, 'data-fact-id': b.factId},
      h('th', {scope: 'row', class: 'name-en'}, h('a', {href: `#/bases/${encodeURIComponent(b.baseId)}`}, b.nameEn)),
      arabic(b.nameAr, 'td', {class: 'name-ar'}),
      h('td', {class: 'province'}, b.province || '—'),
      h('td', {class: 'status', 'data-value': b.status}, badge(b.status)),
      ...claimCells(b, a => label(a.status))));

  fill('#agreements', 8, 'No agreement status holds on this date.', p.agreements, a =>
    h('tr', {'data-agreement-id': a.agreementId, 'data-fact-id': a.factId},
      h('th', {scope: 'row', class: 'name-en'}, a.nameEn || a.agreementId),
      arabic(a.nameAr, 'td', {class: 'name-ar'}),
      h('td', {class: 'status', 'data-value': a.status}, label(a.status)),
      ...claimCells(a, x => label(x.status))));

  fill('#lapsed', 6, 'Nothing has lapsed by this date.', p.lapsed, c =>
    h('tr', claimRowAttrs(c),
      h('th', {scope: 'row', class: 'subject'}, subjectOf(c)),
      h('td', {class: 'value', 'data-value': rawValue(c)}, claimValue(c)),
      h('td', {class: 'when'}, fmtWhen(c.when)),
      h('td', {class: 'held-until', 'data-value': c.heldUntil}, c.heldUntil),
      basisCell(c.basis),
      h('td', {class: 'sources'}, sourcesDetails(c.sources), ' ', factLink(c.factId, c.version))));

  fill('#planned', 6, 'No plan is pending on this date.', p.planned, c =>
    h('tr', claimRowAttrs(c),
      h('th', {scope: 'row', class: 'subject'}, subjectOf(c)),
      h('td', {class: 'value', 'data-value': rawValue(c)}, claimValue(c)),
      h('td', {class: 'when'}, fmtWhen(c.when)),
      h('td', {class: 'announced'}, fmtWhen(c.announced)),
      h('td', {class: `due due-${c.due ? 'yes' : 'no'}`, 'data-value': String(!!c.due)}, c.due ? 'Due' : 'Not yet'),
      h('td', {class: 'sources'}, sourcesDetails(c.sources), ' ', factLink(c.factId, c.version))));
}

function claimRowAttrs(c) {
  return {'data-subject-type': c.subjectType, 'data-subject-id': c.subjectId, 'data-fact-id': c.factId};
}

/** The cells every presence entry shares: basis, claim date, transition, sources, alternatives. */
function claimCells(entry, altValue) {
  return [
    basisCell(entry.basis),
    h('td', {class: 'when', 'data-value': fmtWhen(entry.when)}, fmtWhen(entry.when)),
    h('td', {class: `in-transition in-transition-${entry.inTransition ? 'yes' : 'no'}`,
      'data-value': String(entry.inTransition)}, entry.inTransition ? 'In transition' : 'No'),
    h('td', {class: 'sources'}, sourcesDetails(entry.sources), ' ', factLink(entry.factId, entry.version)),
    h('td', {class: 'alternatives', 'data-count': (entry.alternatives || []).length},
      alternativesDetails(entry.alternatives, altValue)),
  ];
}

function fill(selector, columns, emptyText, items, row) {
  const body = document.querySelector(`${selector} tbody`);
  clear(body, items.length ? items.map(row) : emptyRow(columns, emptyText));
}


// "On a date": GET /api/v1/presence?on=D[&asKnownAt=T], first at a glance, then as six tables.
import {api} from './api.js';
import {
  alternativesDetails, arabic, basisCell, badge, bidi, claimValue, clear, emptyRow, factLink, fmtCount, fmtInstant,
  fmtWhen, forceName, h, label, localName, rawValue, scopeName, sourceName, sourcesDetails, subjectOf,
} from './dom.js';
import {lang, t} from './i18n.js';

const $ = sel => document.querySelector(sel);
let asked = 0;

/** Asks the API and fills the view; stale answers (a newer question was asked) are dropped. */
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
  return answer;
}

function clearAnswer() {
  $('#answer-meta').replaceChildren();
  for (const dd of document.querySelectorAll('#glance dd')) dd.replaceChildren();
  for (const body of document.querySelectorAll('#view-date table tbody')) body.replaceChildren();
  delete $('#view-date').dataset.on;
}

function render(p) {
  clear($('#answer-meta'), t('meta.answer', p.on, fmtInstant(p.asKnownAt)), ' ',
    t('meta.counts', p.troops.length, p.missions.length, p.bases.length, p.agreements.length, p.lapsed.length,
      p.planned.length));
  renderGlance(p);

  fill('#troops', 8, t('empty.troops'), p.troops, tr =>
    h('tr', {'data-force': tr.force, 'data-fact-id': tr.factId},
      h('th', {scope: 'row', class: 'force'}, forceName(tr.force)),
      h('td', {class: 'count', 'data-value': tr.count, 'data-qualifier': tr.qualifier}, qualified(tr)),
      h('td', {class: 'range', 'data-low': tr.low, 'data-high': tr.high},
        tr.low == null && tr.high == null ? '—' : `${fmtCount(tr.low)}–${fmtCount(tr.high)}`),
      ...claimCells(tr, a => fmtCount(a.count))));

  fill('#missions', 7, t('empty.missions'), p.missions, m =>
    h('tr', {'data-scope': m.scope, 'data-fact-id': m.factId},
      h('th', {scope: 'row', class: 'scope'}, scopeName(m.scope)),
      h('td', {class: 'phase', 'data-value': m.phase}, label(m.phase)),
      ...claimCells(m, a => label(a.phase))));

  const hosting = p.bases.filter(b => b.status === 'COALITION_PRESENT');
  const other = p.bases.filter(b => b.status !== 'COALITION_PRESENT');
  const baseRow = b => h('tr', {'data-base-id': b.baseId, 'data-fact-id': b.factId},
    h('th', {scope: 'row', class: 'name-en'}, h('a', {href: `#/bases/${encodeURIComponent(b.baseId)}`},
      localName(b.nameEn, b.nameAr))),
    arabic(b.nameAr, 'td', {class: 'name-ar'}),
    h('td', {class: 'province'}, b.province || '—'),
    h('td', {class: 'status', 'data-value': b.status}, badge(b.status)),
    ...claimCells(b, a => label(a.status)));
  const group = (text, n) => h('tr', {class: 'group'}, h('th', {colspan: 9, scope: 'rowgroup'}, `${text} (${n})`));
  clear($('#bases tbody'), p.bases.length
    ? [group(t('bases.hosting'), hosting.length), hosting.map(baseRow), group(t('bases.other'), other.length),
      other.map(baseRow)]
    : emptyRow(9, t('empty.bases')));

  fill('#agreements', 8, t('empty.agreements'), p.agreements, a =>
    h('tr', {'data-agreement-id': a.agreementId, 'data-fact-id': a.factId},
      h('th', {scope: 'row', class: 'name-en'}, localName(a.nameEn || a.agreementId, a.nameAr)),
      arabic(a.nameAr, 'td', {class: 'name-ar'}),
      h('td', {class: 'status', 'data-value': a.status}, label(a.status)),
      ...claimCells(a, x => label(x.status))));

  $('#lapsed-count').textContent = `(${p.lapsed.length})`;
  fill('#lapsed', 6, t('empty.lapsed'), p.lapsed, c =>
    h('tr', claimRowAttrs(c),
      h('th', {scope: 'row', class: 'subject'}, subjectOf(c)),
      h('td', {class: 'value', 'data-value': rawValue(c)}, claimValue(c)),
      h('td', {class: 'when'}, fmtWhen(c.when)),
      h('td', {class: 'held-until', 'data-value': c.heldUntil}, c.heldUntil),
      basisCell(c.basis, c.inferred),
      h('td', {class: 'sources'}, sourcesDetails(c.sources), ' ', factLink(c.factId, c.version))));

  fill('#planned', 6, t('empty.planned'), p.planned, c =>
    h('tr', claimRowAttrs(c),
      h('th', {scope: 'row', class: 'subject'}, subjectOf(c)),
      h('td', {class: 'value', 'data-value': rawValue(c)}, claimValue(c)),
      h('td', {class: 'when'}, fmtWhen(c.when)),
      h('td', {class: 'announced'}, fmtWhen(c.announced)),
      h('td', {class: `due due-${c.due ? 'yes' : 'no'}`, 'data-value': String(!!c.due)}, c.due ? t('due.yes') : t('due.no')),
      h('td', {class: 'sources'}, sourcesDetails(c.sources), ' ', factLink(c.factId, c.version))));
}

/**
 * The answer before any table: each force's number with its basis and who says it, the bases hosting the coalition
 * named, each scope's phase, the plans due and unmet; a value reported long before the date says how long.
 */
function renderGlance(p) {
  $('#beyond-record').hidden = !p.beyondRecord;
  clear($('#glance-troops'), p.troops.length ? h('ul', {}, p.troops.map(tr => h('li', {'data-force': tr.force},
    h('strong', {}, forceName(tr.force)), ': ', h('span', {class: 'glance-count'}, qualified(tr)), ' · ',
    claimNote(tr, p.on)))) : t('glance.noTroops'));
  const hosting = p.bases.filter(b => b.status === 'COALITION_PRESENT');
  clear($('#glance-bases'), hosting.length
    ? [h('strong', {class: 'glance-base-count', 'data-value': hosting.length}, String(hosting.length)), ': ',
      hosting.map((b, i) => [i ? (lang() === 'ar' ? '، ' : ', ') : '',
        h('a', {href: `#/bases/${encodeURIComponent(b.baseId)}`, 'data-base-id': b.baseId}, localName(b.nameEn, b.nameAr)),
        b.inferred ? h('sup', {class: 'inferred-mark', title: t('glance.inferred')}, '*') : null])]
    : t('glance.noBases'));
  clear($('#glance-mission'), p.missions.length ? h('ul', {}, p.missions.map(m => h('li', {'data-scope': m.scope},
    h('strong', {}, scopeName(m.scope)), ': ', label(m.phase), ' · ', claimNote(m, p.on)))) : t('glance.noMission'));
  const due = p.planned.filter(c => c.due);
  clear($('#glance-plans'), due.length ? h('ul', {}, due.map(c => h('li', {'data-fact-id': c.factId},
    subjectOf(c), ': ', claimValue(c), ` · ${t('glance.planned')} `, h('bdi', {dir: 'ltr'}, fmtWhen(c.when))))) : t('glance.noPlans'));
}

/** Basis, who says it (the first source's publisher), inferred, and how long before the date it was reported. */
function claimNote(entry, on) {
  const source = (entry.sources || [])[0];
  const started = entry.when ? entry.when.date : null;
  return [label(entry.basis || 'REPORTED'),
    entry.inferred ? [' · ', h('em', {class: 'inferred'}, t('glance.inferred'))] : null,
    source ? [' · ', t('glance.says'), ' ', h('cite', {}, bidi(sourceName(source)))] : null,
    started ? age(started, on) : null];
}

/** "last reported 2021-12-09, 3 years 10 months earlier" when the claim started a year or more before the date. */
function age(started, on) {
  const from = new Date(`${started.length === 4 ? `${started}-01-01` : started.length === 7 ? `${started}-01` : started}T00:00:00Z`);
  const to = new Date(`${on}T00:00:00Z`);
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  if (months < 12) return null;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const ago = rest ? `${t('ago.years', years)} ${lang() === 'ar' ? 'و' : ''}${t('ago.months', rest)}` : t('ago.years', years);
  return [' · ', h('span', {class: 'age'}, t('glance.lastReported', started, ago))];
}

/** A troop count with its qualifier: ≈ about, ≥ at least, ≤ at most (the vocabulary names it in the title). */
function qualified(entry) {
  const sign = {APPROXIMATE: '≈ ', AT_LEAST: '≥ ', AT_MOST: '≤ '}[entry.qualifier] || '';
  return sign ? h('span', {title: label(entry.qualifier)}, sign, fmtCount(entry.count)) : fmtCount(entry.count);
}

function claimRowAttrs(c) {
  return {'data-subject-type': c.subjectType, 'data-subject-id': c.subjectId, 'data-fact-id': c.factId};
}

/** The cells every presence entry shares: basis (and inferred), claim date, transition, sources, alternatives. */
function claimCells(entry, altValue) {
  return [
    basisCell(entry.basis, entry.inferred),
    h('td', {class: 'when', 'data-value': fmtWhen(entry.when)}, fmtWhen(entry.when)),
    h('td', {class: `in-transition in-transition-${entry.inTransition ? 'yes' : 'no'}`,
      'data-value': String(entry.inTransition)}, entry.inTransition ? t('inTransition') : t('no')),
    h('td', {class: 'sources'}, sourcesDetails(entry.sources), ' ', factLink(entry.factId, entry.version)),
    h('td', {class: 'alternatives', 'data-count': (entry.alternatives || []).length},
      alternativesDetails(entry.alternatives, altValue)),
  ];
}

function fill(selector, columns, emptyText, items, row) {
  const body = document.querySelector(`${selector} tbody`);
  clear(body, items.length ? items.map(row) : emptyRow(columns, emptyText));
}

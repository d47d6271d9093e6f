// "Timeline": the facts, paged (GET /api/v1/facts); a fact's page with its history; a base's page.
import {api} from './api.js';
import {STATUS_COLORS} from './charts.js';
import {
  arabic, badge, basisCell, bidi, clear, emptyRow, factLink, fmtInstant, fmtWhen, h, label, localName, sourceList,
  sourcesDetails,
} from './dom.js';
import {lang, t} from './i18n.js';

const PAGE_SIZE = 50;
const $ = sel => document.querySelector(sel);
let basesById = null;

async function baseNames() {
  if (!basesById) basesById = new Map((await api('/bases')).map(b => [b.baseId, b]));
  return basesById;
}

function baseLink(baseId, bases) {
  if (!baseId) return '';
  const b = bases.get(baseId);
  return h('a', {href: `#/bases/${encodeURIComponent(baseId)}`, 'data-base-id': baseId}, b ? b.nameEn : baseId);
}

/** One row of a fact list (the timeline and a base's page). */
function factRow(f, bases) {
  return h('tr', {'data-fact-id': f.factId, 'data-kind': f.kind},
    h('td', {class: 'when'}, fmtWhen(f.when)),
    h('td', {class: 'kind'}, label(f.kind)),
    h('td', {class: 'summary'},
      h('a', {href: `#/facts/${encodeURIComponent(f.factId)}`, class: 'fact-summary'}, bidi(summary(f) || f.factId)),
      f.status === 'RETRACTED' ? h('span', {class: 'meta'}, ' (retracted)') : null),
    h('td', {class: 'base'}, baseLink(f.data && f.data.baseId, bases)),
    h('td', {class: 'sources'}, sourcesDetails(f.sources)));
}

/** A fact's summary in the reader's language (the other when it has none). */
function summary(fact) {
  return lang() === 'ar' ? fact.summaryAr || fact.summaryEn : fact.summaryEn || fact.summaryAr;
}

/** The summary in the other language, shown on the fact's page. */
function otherSummary(fact) {
  return lang() === 'ar' ? fact.summaryEn : fact.summaryAr;
}

// ---- the timeline ------------------------------------------------------------------------------

/** query: {kind, q, page} from the hash (#/timeline?kind=…&q=…&page=…). */
/** Which timeline request is the latest: an answer to an older one arriving late is dropped. */
let timelineRequest = 0;

export async function showTimeline(query) {
  const view = $('#view-timeline');
  const page = Math.max(0, Number(query.page) || 0);
  const request = ++timelineRequest;
  $('#kind').value = query.kind || '';
  $('#q').value = query.q || '';
  view.dataset.state = 'loading';
  const [result, bases] = await Promise.all([
    api('/facts', {kind: query.kind, q: query.q, page, size: PAGE_SIZE, sort: 'when'}),
    baseNames(),
  ]);
  if (request !== timelineRequest) {
    return;
  }
  clear($('#facts tbody'), result.items.length ? result.items.map(f => factRow(f, bases))
    : emptyRow(5, t('timeline.empty')));
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  clear($('#facts-meta'), t('timeline.total', result.total),
    query.kind ? t('timeline.ofKind', label(query.kind)) : '',
    query.q ? [t('timeline.matching'), '“', h('span', {class: 'query'}, bidi(query.q)), '”'] : '', t('timeline.order'));
  $('#page-info').textContent = t('timeline.page', result.page + 1, pages);
  const go = p => () => { location.hash = timelineHash({...query, page: p}); };
  $('#prev-page').disabled = result.page <= 0;
  $('#prev-page').onclick = go(result.page - 1);
  $('#next-page').disabled = result.page + 1 >= pages;
  $('#next-page').onclick = go(result.page + 1);
  view.dataset.state = 'ready';
}

export function timelineHash({kind, q, page}) {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (q) params.set('q', q);
  if (page) params.set('page', page);
  return `#/timeline${params.toString() ? `?${params}` : ''}`;
}

// ---- a fact ------------------------------------------------------------------------------------

function dataTable(data, bases) {
  const entries = Object.entries(data || {});
  if (!entries.length) return h('p', {class: 'meta'}, t('fact.noData'));
  return h('table', {class: 'fact-data'},
    h('tbody', {}, entries.map(([key, value]) => h('tr', {'data-field': key},
      h('th', {scope: 'row'}, key),
      h('td', {}, key === 'baseId' ? baseLink(value, bases) : bidi(valueText(value)))))));
}

function valueText(value) {
  if (Array.isArray(value)) return value.map(valueText).join('; ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What a version changed against the one before: one line per field that differs. */
function changes(entry, before) {
  if (!before) return [h('li', {}, t('fact.firstRecorded'))];
  const lines = [];
  const diff = (name, a, b) => { if (a !== b) lines.push(h('li', {}, `${name}: `, bidi(a || '—'), ' → ', bidi(b || '—'))); };
  diff('when', fmtWhen(before.when), fmtWhen(entry.when));
  diff('summary', before.summaryEn, entry.summaryEn);
  diff('rank', before.rank, entry.rank);
  diff('status', before.status, entry.status);
  const keys = new Set([...Object.keys(before.data || {}), ...Object.keys(entry.data || {})]);
  for (const key of keys) {
    const a = before.data?.[key];
    const b = entry.data?.[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) diff(`data.${key}`, a == null ? '' : valueText(a), b == null ? '' : valueText(b));
  }
  const cite = list => (list || []).map(s => `${s.title || s.sourceId} (${s.locator || ''})`).join('; ');
  diff('sources', cite(before.sources), cite(entry.sources));
  return lines.length ? lines : [h('li', {}, t('fact.noChange'))];
}

export async function showFact(factId) {
  const view = $('#view-fact');
  view.dataset.state = 'loading';
  const [fact, history, bases] = await Promise.all([
    api(`/facts/${encodeURIComponent(factId)}`),
    api(`/facts/${encodeURIComponent(factId)}/history`),
    baseNames(),
  ]);
  clear($('#fact-heading'), bidi(summary(fact) || fact.factId));
  const fields = [
    [t('fact.id'), h('code', {}, fact.factId)], [t('col.kind'), label(fact.kind)], [t('col.when'), fmtWhen(fact.when)],
    [t('fact.version'), String(fact.version)], [t('fact.rank'), label(fact.rank)], [t('col.status'), label(fact.status)],
    [t('fact.recorded'), t('fact.recordedBy', fmtInstant(fact.recordedAt), fact.recordedBy || '—')],
    [t('fact.otherSummary'), h('span', {class: 'other-summary'}, bidi(otherSummary(fact) || '—'))],
  ];
  clear($('#fact-body'),
    h('dl', {class: 'fact-fields', id: 'fact-fields', 'data-fact-id': fact.factId, 'data-version': fact.version},
      fields.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h3', {}, t('fact.data')), dataTable(fact.data, bases),
    h('h3', {}, t('col.sources')), h('div', {id: 'fact-sources'}, sourceList(fact.sources)),
    h('h3', {}, t('fact.history')),
    h('table', {id: 'history'},
      h('thead', {}, h('tr', {}, ['fact.version', 'fact.change', 'fact.reason', 'fact.recordedAt', 'fact.recordedByCol',
        'fact.whatChanged'].map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, history.map((entry, i) => h('tr', {'data-version': entry.version},
        h('td', {class: 'version'}, String(entry.version)),
        h('td', {class: 'change'}, label(entry.change)),
        h('td', {class: 'reason'}, bidi(entry.reason || '—')),
        h('td', {class: 'recorded-at'}, fmtInstant(entry.recordedAt)),
        h('td', {class: 'recorded-by'}, entry.recordedBy || '—'),
        h('td', {class: 'what-changed'}, h('ul', {class: 'changes'}, changes(entry, history[i - 1]))))))));
  view.dataset.factId = fact.factId;
  view.dataset.state = 'ready';
  return fact;
}

// ---- a base ------------------------------------------------------------------------------------

export async function showBase(baseId) {
  const view = $('#view-base');
  view.dataset.state = 'loading';
  const id = encodeURIComponent(baseId);
  const [base, timeline, bases] = await Promise.all([
    api(`/bases/${id}`), api(`/bases/${id}/timeline`, {size: 200}), baseNames()]);
  clear($('#base-heading'), localName(base.nameEn, base.nameAr),
    lang() !== 'ar' && base.nameAr ? [' · ', arabic(base.nameAr)] : null);
  const aliases = base.aliases || [];
  clear($('#base-body'),
    h('dl', {class: 'fact-fields', id: 'base-fields', 'data-base-id': base.baseId},
      h('dt', {}, t('base.englishName')), h('dd', {class: 'name-en'}, base.nameEn),
      h('dt', {}, t('col.arabicName')), h('dd', {}, arabic(base.nameAr, 'span', {class: 'name-ar'})),
      h('dt', {}, t('col.province')), h('dd', {class: 'province'}, base.province || '—'),
      h('dt', {}, t('base.aliases')), h('dd', {}, aliases.length
        ? h('ul', {class: 'aliases'}, aliases.map(a => h('li', {}, bidi(a)))) : '—')),
    h('h3', {}, t('base.statusOverTime')),
    h('table', {id: 'base-segments'},
      h('thead', {}, h('tr', {}, ['col.from', 'col.to', 'col.status', 'col.basis', 'col.claimDate', 'col.sources',
        'col.alternatives'].map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, timeline.segments.length ? timeline.segments.map(seg =>
        h('tr', {'data-from': seg.from, 'data-fact-id': seg.factId},
          h('td', {class: 'when'}, seg.from), h('td', {class: 'when'}, seg.to),
          h('td', {class: 'status', 'data-value': seg.value}, badge(seg.value)),
          basisCell(seg.basis),
          h('td', {class: 'when'}, fmtWhen(seg.when)),
          h('td', {class: 'sources'}, sourcesDetails(seg.sources), ' ', factLink(seg.factId, seg.version)),
          h('td', {class: 'alternatives'}, (seg.alternatives || []).length
            ? seg.alternatives.map(a => [label(a.value), ' ', factLink(a.factId, a.version)]) : '—')))
        : emptyRow(7, t('base.noStatus')))),
    legend(),
    h('h3', {}, t('base.facts', timeline.total)),
    h('table', {id: 'base-facts'},
      h('thead', {}, h('tr', {}, ['col.when', 'col.kind', 'col.summary', 'col.base', 'col.sources']
        .map(key => h('th', {scope: 'col'}, t(key))))),
      h('tbody', {}, timeline.items.length ? timeline.items.map(f => factRow(f, bases))
        : emptyRow(5, t('base.noFacts')))),
    timeline.total > timeline.items.length
      ? h('p', {class: 'meta'}, t('base.showing', timeline.items.length)) : null);
  view.dataset.baseId = base.baseId;
  view.dataset.state = 'ready';
}

function legend() {
  return h('p', {class: 'meta'}, t('base.statuses'),
    Object.keys(STATUS_COLORS).map(s => [badge(s), ' ']));
}

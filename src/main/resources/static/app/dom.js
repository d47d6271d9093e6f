// Small DOM helpers and the renderers shared by every view. No innerHTML: all text goes in as text.
import {digits, lang, t} from './i18n.js';
import {termLabel} from './vocabulary.js';

/** Creates an element: h('td', {class: 'count', 'data-value': 3}, '3,000'). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  add(el, children);
  return el;
}

function add(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  add(el, children);
  return el;
}

/** Arabic text: always in an element with dir="rtl" lang="ar". */
export function arabic(text, tag = 'span', attrs = {}) {
  return text ? h(tag, {dir: 'rtl', lang: 'ar', ...attrs}, text) : h(tag, attrs, '—');
}

const ARABIC = /[\u0600-\u06FF]/;
// A quoted Arabic passage «…», or a run of Arabic words (with the digits and punctuation between them).
const ARABIC_RUN = /«[^»]*[\u0600-\u06FF][^»]*»|[\u0600-\u06FF](?:[\u0600-\u06FF\u0660-\u0669\d\s،؛؟.:\-–]*[\u0600-\u06FF\u0660-\u0669])?/g;

/** Mixed English/Arabic text (titles, summaries, locators): the Arabic runs in rtl spans. */
export function bidi(text) {
  if (text == null) return '';
  const s = String(text);
  if (!ARABIC.test(s)) return s;
  const out = [];
  let last = 0;
  for (const m of s.matchAll(ARABIC_RUN)) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push(h('span', {dir: 'rtl', lang: 'ar'}, m[0]));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// ---- formatting --------------------------------------------------------------------------------

/** A valid time as analysts write it: "2021-12-09", "2020-09", "2003–2007". */
export function fmtWhen(when) {
  if (!when) return '—';
  return when.until ? `${when.date}–${when.until}` : when.date;
}

/** A count with its thousands separator, in the digits the reader chose. */
export function fmtCount(n) {
  if (n == null) return '—';
  return Number(n).toLocaleString(digits() === 'arab' ? 'ar-EG' : 'en-US', {numberingSystem: digits()});
}

/**
 * Who a source is, for the reader: the registry writes publishers and titles as "English (العربية)", so an
 * Arabic reader gets the Arabic in brackets where there is one (publisher first), and the English otherwise.
 */
export function sourceName(source) {
  if (lang() === 'ar') {
    for (const text of [source.publisher, source.title]) {
      const arabicPart = /\(([^()]*[\u0600-\u06FF][^()]*)\)/.exec(text || '');
      if (arabicPart) return arabicPart[1];
    }
  }
  return source.publisher || source.title || source.sourceId;
}

/** A registry entry's name in the reader's language (the other when it has none). */
export function localName(en, ar) {
  return lang() === 'ar' && ar ? ar : en || ar || '—';
}

/** A code's label in the reader's language from the vocabulary; an unknown code reads COALITION_PRESENT → "Coalition present". */
export function label(code) {
  if (!code) return '—';
  const known = termLabel(code);
  if (known) return known;
  const s = String(code).toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A force's name (US, Coalition, non-US…) from the vocabulary. */
export function forceName(code) {
  return termLabel(code, 'force') || code;
}

/** A scope's name (Iraq, Kurdistan…) from the vocabulary. */
export function scopeName(code) {
  return termLabel(code, 'scope') || code;
}

export function fmtInstant(instant) {
  if (!instant) return '—';
  return String(instant).replace(/\.\d+Z$/, 'Z');
}

/** A value as a small coloured label (base statuses have their colours in style.css). */
export function badge(code) {
  return h('span', {class: `badge badge-${code}`}, label(code));
}

/** The basis, and whether the documents only imply the claim. */
export function basisCell(basis, inferred) {
  return h('td', {class: `basis basis-${basis || 'REPORTED'}`, 'data-value': basis, 'data-inferred': String(!!inferred)},
    label(basis || 'REPORTED'), inferred ? [' · ', h('em', {class: 'inferred'}, t('inferred'))] : null);
}

export function factLink(factId, version) {
  return h('a', {class: 'fact-link', href: `#/facts/${encodeURIComponent(factId)}`, 'data-fact-id': factId},
    `${t('fact')}${version ? ` v${version}` : ''} ›`);
}

// ---- sources and alternatives ------------------------------------------------------------------

export function sourceItem(s) {
  return h('li', {class: 'source', 'data-source-id': s.sourceId},
    h('cite', {class: 'source-title'}, bidi(s.title || s.sourceId)),
    s.publisher ? [' — ', h('span', {class: 'publisher'}, bidi(s.publisher))] : null,
    s.published ? [', ', h('span', {class: 'published'}, s.published)] : null,
    s.locator ? h('div', {class: 'locator'}, `${t('source.at')} `, h('q', {}, bidi(s.locator))) : null);
}

/** The sources as an open list (panels, fact pages). */
export function sourceList(sources) {
  if (!sources || !sources.length) return h('p', {class: 'meta'}, t('sources.none'));
  return h('ul', {class: 'source-list'}, sources.map(sourceItem));
}

/** The sources folded in a small <details> (table cells). */
export function sourcesDetails(sources) {
  const n = sources ? sources.length : 0;
  if (!n) return h('span', {class: 'meta'}, t('none'));
  return h('details', {class: 'sources'},
    h('summary', {}, t('sources.n', n)),
    sourceList(sources));
}

/**
 * Other claims with the same start: each with its value, date, basis, fact and sources.
 * valueOf(alt) says what the alternative claims.
 */
export function alternativesDetails(alternatives, valueOf) {
  const n = alternatives ? alternatives.length : 0;
  if (!n) return h('span', {class: 'meta'}, t('none'));
  return h('details', {class: 'alternatives'},
    h('summary', {}, t('alternatives.n', n)),
    h('ul', {class: 'alt-list'}, alternatives.map(a => h('li', {class: 'alternative', 'data-fact-id': a.factId},
      h('strong', {class: 'alt-value'}, valueOf(a)), ' ', fmtWhen(a.when), ' · ', label(a.basis || 'REPORTED'), ' ',
      factLink(a.factId, a.version),
      sourceList(a.sources)))));
}

/** What a claim (ClaimView or presence entry) says: a count for troops, else the value. */
export function claimValue(c) {
  if (c.count != null) return fmtCount(c.count);
  return label(c.value ?? c.status ?? c.phase);
}

export function rawValue(c) {
  if (c.count != null) return String(c.count);
  return c.value ?? c.status ?? c.phase ?? '';
}

/** A ClaimView's subject as text/nodes: "Troops: US", "Base: Camp Taji قاعدة التاجي". */
export function subjectOf(c) {
  switch (c.subjectType) {
    case 'TROOPS': return [t('subject.troops'), forceName(c.subjectId)];
    case 'MISSION': return [t('subject.mission'), scopeName(c.subjectId)];
    case 'BASE': return [h('a', {href: `#/bases/${encodeURIComponent(c.subjectId)}`}, c.nameEn || c.subjectId),
      c.nameAr ? [' ', arabic(c.nameAr, 'span', {class: 'name-ar'})] : null];
    case 'AGREEMENT': return [t('subject.agreement'), c.nameEn || c.subjectId,
      c.nameAr ? [' ', arabic(c.nameAr, 'span', {class: 'name-ar'})] : null];
    default: return [c.subjectType || '', ' ', c.subjectId || ''];
  }
}

/** A row that says a table is empty (no data-* key, so tests counting rows ignore it). */
export function emptyRow(columns, text) {
  return h('tr', {class: 'empty'}, h('td', {class: 'empty', colspan: columns}, text));
}

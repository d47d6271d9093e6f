// The question in the URL (/?on=D&asKnownAt=T[&head=SEQ]&lang=), which makes every view's URL a permalink.
import {digits, lang} from './i18n.js';

const DEFAULT_DATE = '2021-12-20';

export function question() {
  const params = new URLSearchParams(location.search);
  return {on: params.get('on') || DEFAULT_DATE, asKnownAt: params.get('asKnownAt') || '', head: params.get('head') || ''};
}

/** This page's URL asking the same question with "as known at" fixed to the answer's, naming the record's head. */
export function permalink(asKnownAt, head, hash = location.hash) {
  const params = new URLSearchParams(location.search);
  params.set('asKnownAt', asKnownAt);
  if (head) params.set('head', head.seq); else params.delete('head');
  params.set('lang', lang());
  return `${location.origin}/?${params}${hash}`;
}

export function setQuestion(on, asKnownAt) {
  const params = new URLSearchParams();
  params.set('on', on);
  if (asKnownAt) params.set('asKnownAt', asKnownAt);
  params.set('lang', lang());
  if (new URLSearchParams(location.search).get('digits')) params.set('digits', digits());
  history.replaceState(null, '', `/?${params}${location.hash}`);
}

/** The datetime-local value (read as UTC) → an ISO-8601 instant: 2026-01-01T00:00 → 2026-01-01T00:00:00Z. */
export function toInstant(local) {
  if (!local) return '';
  const [date, time = '00:00'] = local.split('T');
  const [hh = '00', mm = '00', ss = '00'] = time.split(':');
  return `${date}T${hh}:${mm}:${ss.slice(0, 2).padStart(2, '0')}Z`;
}

/** An instant from the URL → the datetime-local value (UTC), or '' when it is not one. */
export function toLocal(instant) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(instant || '');
  return m ? `${m[1]}T${m[2]}${m[3] || ':00'}` : '';
}

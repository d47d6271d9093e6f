// The words of the record (kinds, forces, scopes, phases, statuses, bases of claims…) with their English and
// Arabic labels, from GET /api/v1/vocabulary: the page keeps no copy of them.
import {api} from './api.js';
import {lang} from './i18n.js';

const sets = {};
const byCode = new Map();
let kindList = [];

/** Loads the vocabulary once, before the first view is drawn. */
export async function loadVocabulary() {
  const vocabulary = await api('/vocabulary');
  kindList = vocabulary.kinds;
  for (const [name, terms] of Object.entries(vocabulary.terms)) {
    sets[name] = terms;
    for (const term of terms) {
      if (!byCode.has(term.code)) byCode.set(term.code, term);
    }
  }
  return vocabulary;
}

/** A code's label in the reader's language, from the named set when given; null when the vocabulary does not know it. */
export function termLabel(code, set) {
  const term = set ? (sets[set] || []).find(t => t.code === code) : byCode.get(code);
  return term ? term[lang()] || term.en : null;
}

/** The codes of one set, in the vocabulary's order. */
export function codes(set) {
  return (sets[set] || []).map(t => t.code);
}

/** The terms of one set ({code, en, ar}). */
export function terms(set) {
  return sets[set] || [];
}

/** Every kind with its declared data fields ({code, en, ar, subject, fields: [{name, type, required, terms, references}]}). */
export function kinds() {
  return kindList;
}

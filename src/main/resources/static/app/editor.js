// Editors write from the page: "Add a fact" and "Correct" build their form from GET /api/v1/vocabulary (each kind's
// declared fields, their types and allowed values), show the dryRun answer before anything is sent (every error at
// once, an equal claim already recorded, the presence changes), then write. A stale version (409) shows what changed
// since and lets the editor redo the change on top of it. Retract asks for a reason.
import {api} from './api.js';
import {clear, factLink, fmtCount, h, label} from './dom.js';
import {t} from './i18n.js';
import {write} from './session.js';
import {kinds, terms} from './vocabulary.js';

const PRECISIONS = ['DAY', 'MONTH', 'YEAR'];
let registries = null;

async function loadRegistries() {
  if (!registries) {
    const [sources, bases, agreements] = await Promise.all([api('/sources'), api('/bases'), api('/agreements')]);
    registries = {sources, BASE: bases.map(b => ({id: b.baseId, name: b.nameEn})),
      AGREEMENT: agreements.map(a => ({id: a.agreementId, name: a.nameEn}))};
  }
  return registries;
}

const field = (labelText, input) => h('label', {class: 'form-field'}, h('span', {}, labelText), input);
const select = (name, options, chosen, attrs = {}) => h('select', {name, ...attrs},
  options.map(([value, text]) => h('option', {value, selected: value === chosen ? true : null}, text)));

function whenInputs(prefix, when) {
  return h('span', {class: 'when-inputs'},
    field(t('edit.date'), h('input', {name: `${prefix}.date`, value: when?.date || '', placeholder: 'YYYY-MM-DD',
      pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', dir: 'ltr'})),
    field(t('edit.precision'), select(`${prefix}.precision`, PRECISIONS.map(p => [p, label(p)]), when?.precision || 'DAY')),
    prefix === 'when' ? field(t('edit.until'), h('input', {name: 'when.until', value: when?.until || '', dir: 'ltr'})) : null);
}

/** One input per declared field of the kind, filled from `data`. */
function dataInputs(kind, data, reg) {
  return kind.fields.map(f => {
    const value = data[f.name];
    const name = `data.${f.name}`;
    const title = `${f.name}${f.required ? ' *' : ''}`;
    switch (f.type) {
      case 'ONE_OF': return field(title, select(name, [['', '—'], ...terms(f.terms).map(x => [x.code, label(x.code)])], value));
      case 'COUNT': return field(title, h('input', {name, type: 'number', min: 0, value: value ?? ''}));
      case 'FLAG': return field(title, h('input', {name, type: 'checkbox', checked: value ? true : null}));
      case 'WHEN': return h('fieldset', {class: 'when-field'}, h('legend', {}, title), whenInputs(name, value));
      case 'ID': return field(title, select(name, [['', '—'], ...reg[f.references].map(r => [r.id, `${r.name} (${r.id})`])], value));
      case 'IDS': return field(title, select(name, reg[f.references].map(r => [r.id, `${r.name} (${r.id})`]), null,
        {multiple: true, size: 4, 'data-chosen': (value || []).join(' ')}));
      default: return field(title, h('input', {name, value: value ?? ''}));
    }
  });
}

function sourceRow(reg, ref = {}) {
  return h('div', {class: 'source-row'},
    select('sourceId', [['', '—'], ...reg.sources.map(s => [s.sourceId, `${s.sourceId} — ${s.title}`])], ref.sourceId),
    h('input', {name: 'locator', value: ref.locator || '', placeholder: t('edit.locatorHint'), dir: 'auto'}),
    h('button', {type: 'button', class: 'remove-source', onclick: e => e.target.closest('.source-row').remove()}, '×'));
}

/** The request body the form describes (only what the editor filled). */
function bodyOf(form, kind) {
  const value = name => form.querySelector(`[name="${name}"]`);
  const when = prefix => ({date: value(`${prefix}.date`).value.trim(), precision: value(`${prefix}.precision`).value,
    ...(value(`${prefix}.until`) && value(`${prefix}.until`).value.trim() ? {until: value(`${prefix}.until`).value.trim()} : {})});
  const data = {};
  for (const f of kind.fields) {
    const input = value(`data.${f.name}`);
    if (f.type === 'WHEN') { if (value(`data.${f.name}.date`).value.trim()) data[f.name] = when(`data.${f.name}`); continue; }
    if (f.type === 'FLAG') { if (input.checked) data[f.name] = true; continue; }
    if (f.type === 'IDS') { const ids = [...input.selectedOptions].map(o => o.value); if (ids.length) data[f.name] = ids; continue; }
    if (input.value.trim() === '') continue;
    data[f.name] = f.type === 'COUNT' ? Number(input.value) : input.value.trim();
  }
  const extra = value('extra') && value('extra').value.trim();
  if (extra) Object.assign(data, JSON.parse(extra));
  const sources = [...form.querySelectorAll('.source-row')].map(row => ({
    sourceId: row.querySelector('[name=sourceId]').value, locator: row.querySelector('[name=locator]').value.trim()}))
    .filter(s => s.sourceId || s.locator);
  const body = {kind: kind.code, when: when('when'), data, sources, summaryEn: value('summaryEn').value.trim(),
    rank: value('rank').value};
  if (value('summaryAr').value.trim()) body.summaryAr = value('summaryAr').value.trim();
  return body;
}

function showErrors(out, errors) {
  return errors.length ? h('ul', {class: 'form-errors'}, errors.map(e => h('li', {'data-field': e.field},
    h('code', {}, e.field || '—'), ': ', e.message))) : null;
}

function showPreview(out, dry, onAddSource) {
  clear(out,
    h('p', {class: dry.valid ? 'preview-ok' : 'warning'}, t(dry.valid ? 'edit.valid' : 'edit.invalid')),
    showErrors(out, dry.errors || []),
    (dry.duplicates || []).length ? h('p', {class: 'duplicates'}, t('edit.duplicate'), ' ',
      dry.duplicates.map(id => [h('code', {}, id), ' ', factLink(id), ' ', h('button', {type: 'button', class: 'add-source-instead',
        onclick: () => onAddSource(id)}, t('edit.addSourceInstead')), ' '])) : null,
    (dry.changes || []).length ? h('ul', {class: 'presence-changes'}, dry.changes.map(c => h('li', {},
      t('edit.change', `${label(c.subjectType)} ${c.subjectId}`, c.from, c.to, stateText(c.before), stateText(c.after)))))
      : dry.valid ? h('p', {class: 'meta'}, t('edit.noChange')) : null);
}

const stateText = s => (s == null ? t('compare.noValue') : s.count != null ? fmtCount(s.count) : label(s.value));

/**
 * Draws the fact form into `box`. fact: null for a new fact, else the fact to correct (its version is the expected
 * one). done(factId) is called once written.
 */
export async function drawFactForm(box, fact, done) {
  const reg = await loadRegistries();
  const kindList = kinds();
  let kind = kindList.find(k => k.code === (fact ? fact.kind : 'BASE_STATUS')) || kindList[0];
  let expectedVersion = fact ? fact.version : null;
  const form = h('form', {class: 'fact-form', novalidate: true});
  const fieldsBox = h('div', {class: 'data-fields'});
  const out = h('div', {class: 'preview', 'aria-live': 'polite'});
  const drawFields = data => {
    const declared = new Set(kind.fields.map(f => f.name));
    const extra = Object.fromEntries(Object.entries(data).filter(([k]) => !declared.has(k)));
    clear(fieldsBox, dataInputs(kind, data, reg), kind.subject ? null : field(t('edit.extra'),
      h('textarea', {name: 'extra', rows: 3, dir: 'ltr'}, Object.keys(extra).length ? JSON.stringify(extra) : '')));
    fieldsBox.querySelectorAll('select[multiple]').forEach(s => [...s.options]
      .forEach(o => { o.selected = (s.dataset.chosen || '').split(' ').includes(o.value); }));
  };
  const sources = h('div', {class: 'sources-rows'}, (fact ? fact.sources : [{}]).map(s => sourceRow(reg, s)));
  clear(form,
    fact ? null : field(t('col.kind'), select('kind', kindList.map(k => [k.code, label(k.code)]), kind.code, {
      onchange: e => { kind = kindList.find(k => k.code === e.target.value); drawFields({}); }})),
    h('fieldset', {}, h('legend', {}, t('col.when')), whenInputs('when', fact ? fact.when : null)),
    fieldsBox,
    h('fieldset', {}, h('legend', {}, t('col.sources')), sources,
      h('button', {type: 'button', onclick: () => sources.append(sourceRow(reg))}, t('edit.addSource'))),
    field(t('edit.summaryEn'), h('textarea', {name: 'summaryEn', rows: 2, dir: 'ltr'}, fact ? fact.summaryEn : '')),
    field(t('edit.summaryAr'), h('textarea', {name: 'summaryAr', rows: 2, dir: 'rtl', lang: 'ar'}, fact ? fact.summaryAr || '' : '')),
    field(t('fact.rank'), select('rank', terms('rank').map(r => [r.code, label(r.code)]), fact ? fact.rank : 'NORMAL')),
    fact ? field(t('edit.reason'), h('input', {name: 'reason', required: true, dir: 'auto'})) : null,
    h('div', {class: 'form-actions'},
      h('button', {type: 'button', class: 'preview-button', onclick: () => preview()}, t('edit.preview')),
      h('button', {type: 'submit', class: 'write-button'}, t(fact ? 'edit.correct' : 'edit.record'))),
    out);
  drawFields(fact ? fact.data : {});
  const request = () => {
    const body = bodyOf(form, kind);
    if (!fact) return {path: '/facts', body};
    const {kind: ignored, ...parts} = body;
    return {path: `/facts/${encodeURIComponent(fact.factId)}/corrections`,
      body: {...parts, expectedVersion, reason: form.querySelector('[name=reason]').value.trim()}};
  };
  const preview = async () => {
    let asked;
    try { asked = request(); } catch (e) { clear(out, h('p', {class: 'warning'}, t('edit.badExtra'))); return null; }
    try {
      const dry = await write('POST', `${asked.path}?dryRun=true`, asked.body);
      showPreview(out, dry, id => { location.hash = `#/facts/${encodeURIComponent(id)}?addSource=1`; });
      box.dataset.previewed = dry.valid ? 'valid' : 'invalid';
      return dry;
    } catch (error) {
      clear(out, h('p', {class: 'warning'}, error.message), showErrors(out, (error.problem || {}).errors || []));
      box.dataset.previewed = 'invalid';
      return null;
    }
  };
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const asked = request();
    try {
      const written = await write('POST', asked.path, asked.body);
      done(written.factId);
    } catch (error) {
      if (error.status === 409 && fact && error.problem && error.problem.currentVersion) {
        await staleVersion(out, fact.factId, expectedVersion, error.problem.currentVersion, now => {
          expectedVersion = now;
          preview();
        });
      } else {
        clear(out, h('p', {class: 'warning'}, error.message), showErrors(out, (error.problem || {}).errors || []),
          error.problem && error.problem.factId ? h('p', {}, factLink(error.problem.factId)) : null);
      }
    }
  });
  clear(box, form);
  box.dataset.previewed = '';
  return form;
}

/** A 409: the versions recorded since the one the editor saw, and a way to redo the change on top of the latest. */
async function staleVersion(out, factId, saw, current, redo) {
  const history = await api(`/facts/${encodeURIComponent(factId)}/history`);
  clear(out, h('p', {class: 'warning stale'}, t('edit.stale', saw, current)),
    h('ul', {class: 'since'}, history.filter(v => v.version > saw).map(v => h('li', {},
      `v${v.version} ${label(v.change)} — ${v.reason || ''} (${v.recordedBy})`))),
    h('button', {type: 'button', class: 'redo', onclick: () => redo(current)}, t('edit.redo', current)));
}

/** Retract with a reason, against the version shown. */
export function drawRetract(box, fact, done) {
  const reason = h('input', {name: 'reason', required: true, dir: 'auto'});
  const out = h('div', {class: 'preview'});
  const form = h('form', {class: 'retract-form'}, field(t('edit.reason'), reason),
    h('button', {type: 'submit'}, t('edit.retract')), out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await write('POST', `/facts/${encodeURIComponent(fact.factId)}/retraction`,
        {expectedVersion: fact.version, reason: reason.value.trim()});
      done(fact.factId);
    } catch (error) {
      clear(out, h('p', {class: 'warning'}, error.message), showErrors(out, (error.problem || {}).errors || []));
    }
  });
  clear(box, form);
}

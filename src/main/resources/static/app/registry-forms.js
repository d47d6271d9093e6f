// Editors register sources and bases, and store a source's text, from the same place as "Add a fact"
// (POST /api/v1/sources, POST /api/v1/bases, PUT /api/v1/sources/{id}/text). Every refusal is shown field by field.
import {api} from './api.js';
import {clear, h} from './dom.js';
import {t} from './i18n.js';
import {write} from './session.js';

const input = (name, attrs = {}) => h('label', {class: 'form-field'}, h('span', {}, t(`reg.${name}`)),
  h('input', {name, dir: 'auto', ...attrs}));

function outcome(out, promise, done) {
  return promise.then(answer => {
    clear(out, h('p', {class: 'preview-ok'}, done(answer)));
  }, error => {
    clear(out, h('p', {class: 'warning'}, error.message), h('ul', {class: 'form-errors'},
      ((error.problem || {}).errors || []).map(e => h('li', {'data-field': e.field}, h('code', {}, e.field), ': ',
        e.message))));
  });
}

function form(id, heading, fields, submit) {
  const out = h('div', {class: 'preview', 'aria-live': 'polite'});
  const el = h('form', {id, class: 'registry-form'}, fields, h('button', {type: 'submit'}, t('reg.submit')), out);
  el.addEventListener('submit', e => { e.preventDefault(); submit(el, out); });
  return h('details', {class: 'registry'}, h('summary', {}, t(heading)), el);
}

const value = (el, name) => el.querySelector(`[name="${name}"]`).value.trim() || undefined;

/** The three registry forms, appended to `box`. */
export async function drawRegistryForms(box) {
  const sources = await api('/sources');
  box.append(
    form('register-source', 'reg.source', [input('sourceId', {required: true, dir: 'ltr'}), input('title', {required: true}),
      input('publisher', {required: true}), input('published', {placeholder: 'YYYY-MM-DD', dir: 'ltr'}),
      input('language', {value: 'ar', dir: 'ltr'})], (el, out) => outcome(out, write('POST', '/sources', {
      sourceId: value(el, 'sourceId'), title: value(el, 'title'), publisher: value(el, 'publisher'),
      published: value(el, 'published'), language: value(el, 'language')}), () => t('reg.done'))),
    form('register-base', 'reg.base', [input('baseId', {required: true, dir: 'ltr'}), input('nameEn', {required: true}),
      input('nameAr', {required: true, dir: 'rtl'}), input('province'), input('aliases'),
      input('lat', {type: 'number', step: 'any'}), input('lon', {type: 'number', step: 'any'}),
      h('label', {class: 'form-field'}, h('span', {}, t('reg.precision')), h('select', {name: 'precision'},
        ['', 'SITE', 'AREA', 'PROVINCE'].map(p => h('option', {value: p}, p ? t(`map.precision.${p}`) : '—')))),
      input('reference')], (el, out) => {
      const lat = value(el, 'lat');
      const body = {baseId: value(el, 'baseId'), nameEn: value(el, 'nameEn'), nameAr: value(el, 'nameAr'),
        province: value(el, 'province'), aliases: (value(el, 'aliases') || '').split(',').map(a => a.trim()).filter(Boolean)};
      if (lat !== undefined) {
        body.location = {lat: Number(lat), lon: Number(value(el, 'lon')), precision: value(el, 'precision'),
          reference: value(el, 'reference')};
      }
      return outcome(out, write('POST', '/bases', body), () => t('reg.done'));
    }),
    form('store-text', 'reg.text', [h('label', {class: 'form-field'}, h('span', {}, t('reg.which')),
      h('select', {name: 'sourceId'}, sources.map(s => h('option', {value: s.sourceId},
        `${s.sourceId}${s.textSha256 ? ' ✓' : ''} — ${s.title}`)))),
    h('label', {class: 'form-field'}, h('span', {}, t('reg.file')), h('input', {name: 'file', type: 'file', accept: 'text/plain'}))],
    async (el, out) => {
      const file = el.querySelector('[name=file]').files[0];
      if (!file) return;
      await outcome(out, write('PUT', `/sources/${encodeURIComponent(value(el, 'sourceId'))}/text`, await file.text(),
        'text/plain'), stored => t('reg.stored', stored.lines, stored.textSha256));
    }));
}

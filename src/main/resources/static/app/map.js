// "Map": every base with a point, coloured by its status on the date as known at the instant asked
// (GET /api/v1/presence and /bases). Countries are Natural Earth's (world-atlas TopoJSON, served by the
// application; `topojson` is topojson-client's global). Precision decides the shape: a dot for a SITE, a circle
// on the ground for an AREA, a large dashed circle for a PROVINCE, so that a province-level point is never drawn
// as a pin on a runway. Bases without a point are listed with the reason.
import * as L from '/vendor/leaflet/leaflet-src.esm.js';
import {api} from './api.js';
import {STATUS_COLORS} from './charts.js';
import {clear, fmtInstant, h, label, localName} from './dom.js';
import {t} from './i18n.js';
import {showClaim} from './panel.js';

const IRAQ = [[29.0, 38.7], [37.5, 48.7]];
const REGION = {west: 25, east: 65, south: 20, north: 45};
const NO_CLAIM = '#b0b0b0';
const METRES = {AREA: 12000, PROVINCE: 45000};

let map = null;
let marks = null;
let asked = 0;

/** Draws the bases for `on` as known at `asKnownAt`; a newer question drops this one's answer. */
export async function showMap(on, asKnownAt) {
  const view = document.getElementById('view-map');
  const mine = ++asked;
  view.dataset.state = 'loading';
  const [presence, bases] = await Promise.all([api('/presence', {on, asKnownAt}), api('/bases'), ready()]);
  if (mine !== asked) return presence;
  const entries = new Map(presence.bases.map(b => [b.baseId, {claim: b, state: b.status}]));
  presence.lapsed.filter(c => c.subjectType === 'BASE')
    .forEach(c => entries.set(c.subjectId, {claim: c, state: 'LAPSED'}));
  marks.clearLayers();
  const placed = bases.filter(b => b.location);
  for (const base of placed) mark(base, entries.get(base.baseId));
  table(bases, entries);
  clear(document.getElementById('map-meta'),
    t('map.meta', presence.on, fmtInstant(presence.asKnownAt), placed.length, bases.length));
  view.dataset.on = presence.on;
  view.dataset.state = 'ready';
  return presence;
}

/** The map and its countries, made once; Leaflet measures its box, so it is made when the view is visible. */
async function ready() {
  if (map) {
    map.invalidateSize();
    return;
  }
  map = L.map('map', {zoomSnap: 0.25, attributionControl: true});
  map.attributionControl.setPrefix(false);
  map.fitBounds(IRAQ);
  const [topo, config] = await Promise.all([fetch('/vendor/world-atlas/countries-50m.json').then(r => r.json()),
    fetch('/app/config.json').then(r => (r.ok ? r.json() : {}), () => ({}))]);
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, {attribution: config.tileAttribution, maxZoom: 12}).addTo(map);
  }
  const countries = topojson.feature(topo, topo.objects.countries).features.filter(near);
  L.geoJSON(countries, {
    style: f => ({color: '#7a7a7a', weight: 1, fillColor: f.id === '368' ? '#f3efe2' : '#e4e4e4',
      fillOpacity: config.tileUrl ? 0.15 : 1}),
    attribution: t('map.basemap'),
  }).addTo(map);
  marks = L.layerGroup().addTo(map);
}

function near(feature) {
  const points = feature.geometry.coordinates.flat(3);
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [lon, lat] = [points[i], points[i + 1]];
    if (lon > REGION.west && lon < REGION.east && lat > REGION.south && lat < REGION.north) return true;
  }
  return false;
}

function mark(base, entry) {
  const {lat, lon, precision} = base.location;
  const state = entry ? entry.state : 'NONE';
  const color = STATUS_COLORS[state] || NO_CLAIM;
  const style = {
    color: state === 'LAPSED' || state === 'NONE' ? '#555' : color, weight: 2, fillColor: color,
    fillOpacity: state === 'LAPSED' || state === 'NONE' ? 0.15 : 0.75,
    dashArray: entry && entry.claim.inferred ? '4 3' : (precision === 'PROVINCE' ? '8 6' : null),
  };
  const shape = precision === 'SITE' ? L.circleMarker([lat, lon], {...style, radius: 7})
    : L.circle([lat, lon], {...style, radius: METRES[precision], fillOpacity: style.fillOpacity / 2});
  shape.bindTooltip(`${localName(base.nameEn, base.nameAr)} — ${stateName(state)}`);
  shape.on('click', () => open(base, entry));
  shape.addTo(marks);
  const el = shape.getElement && shape.getElement();
  if (el) Object.assign(el.dataset, {baseId: base.baseId, state, precision});
}

function stateName(state) {
  return state === 'NONE' ? t('map.noClaim') : state === 'LAPSED' ? t('map.lapsed') : label(state);
}

function open(base, entry) {
  const name = [h('a', {href: `#/bases/${encodeURIComponent(base.baseId)}`}, localName(base.nameEn, base.nameAr))];
  if (entry) {
    showClaim([...name, ` — ${stateName(entry.state)}`], entry.claim);
  } else {
    showClaim([...name, ` — ${t('map.noClaim')}`], {value: '—', basis: 'REPORTED', sources: []});
  }
}

/** Every base as a table (keyboards, screen readers and the bases without a point). */
function table(bases, entries) {
  clear(document.querySelector('#map-bases tbody'), bases.map(base => {
    const entry = entries.get(base.baseId);
    const state = entry ? entry.state : 'NONE';
    return h('tr', {'data-base-id': base.baseId, 'data-state': state},
      h('th', {scope: 'row'}, h('a', {href: `#/bases/${encodeURIComponent(base.baseId)}`},
        localName(base.nameEn, base.nameAr))),
      h('td', {class: 'state'}, h('span', {class: 'swatch', 'data-state': state}), ' ', stateName(state),
        entry && entry.claim.inferred ? [' · ', t('inferred')] : null),
      h('td', {class: 'precision'}, base.location ? t(`map.precision.${base.location.precision}`) : t('map.unplaced')),
      h('td', {class: 'reference'}, base.location ? base.location.reference : base.locationNote || ''),
      h('td', {}, entry ? h('button', {type: 'button', onclick: () => open(base, entry)}, t('time.showClaim')) : ''));
  }));
}

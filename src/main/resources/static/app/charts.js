// "Over time": troop levels by force (stepped lines) and base status lanes (floating bars), both from
// GET /api/v1/presence/series. Chart.js is the global `Chart` of the webjar's UMD build. The x axis is
// a plain number, the decimal year (2021.94 is 2021-12-09), with our own year ticks: no date adapter.
import {api} from './api.js';
import {clear, fmtCount, fmtWhen, forceName, h, label, localName} from './dom.js';
import {codes} from './vocabulary.js';
import {lang, t} from './i18n.js';

/** Arabic charts read right to left: time runs from the right, values and lane names stand on the right. */
const rtl = () => lang() === 'ar';
import {showClaim} from './panel.js';

const FORCE_COLORS = {US: '#1f5fa8', COALITION_NON_US: '#c0561b', COALITION_TOTAL: '#2e7d32'};
export const STATUS_COLORS = {COALITION_PRESENT: '#3b7dd8', HANDED_OVER: '#43a047', CLOSED: '#8d8d8d'};
const FROM_YEAR = 2003;

let shownFor = null;   // the asKnownAt the drawn charts answer
let asked = 0;
let markerDate = null; // the date asked under "On a date", drawn as a dashed line

// ---- time on a numeric axis --------------------------------------------------------------------

/** "2021-12-09" → 2021.938… (start of that day). */
export function decYear(iso) {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

function dayAfter(iso) {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

// includeBounds false: no extra tick at the (fractional) end, which would push out the last year's.
const yearTicks = {stepSize: 1, includeBounds: false, callback: v => (Number.isInteger(v) ? String(v) : '')};

/**
 * Steps of a series: each segment as a point at its start and one at its end (the day after its last),
 * with a break (y null) where the next segment does not start on that day: days without a value.
 */
function stepPoints(segments, yOf) {
  const points = [];
  segments.forEach((seg, i) => {
    const prev = segments[i - 1];
    if (prev && dayAfter(prev.to) !== seg.from) points.push({x: decYear(dayAfter(prev.to)), y: null});
    points.push({x: decYear(seg.from), y: yOf(seg), seg});
    points.push({x: decYear(dayAfter(seg.to)), y: yOf(seg), seg, edge: true});
  });
  return points;
}

/** Announced claims and conflicting claims get their own point style. */
function markOf(point) {
  if (!point || !point.seg || point.edge) return {style: 'circle', radius: 0};
  const announced = point.seg.basis === 'ANNOUNCED';
  const conflicting = (point.seg.alternatives || []).length > 0;
  if (announced && conflicting) return {style: 'star', radius: 8};
  if (announced) return {style: 'triangle', radius: 7};
  if (conflicting) return {style: 'rectRot', radius: 7};
  return {style: 'circle', radius: 3};
}

const dateMarker = {
  id: 'dateMarker',
  afterDatasetsDraw(chart) {
    if (!markerDate) return;
    const x = chart.scales.x.getPixelForValue(decYear(markerDate));
    const {top, bottom, left, right} = chart.chartArea;
    if (x < left || x > right) return;
    const c = chart.ctx;
    c.save();
    c.setLineDash([4, 4]);
    c.strokeStyle = '#444';
    c.beginPath();
    c.moveTo(x, top);
    c.lineTo(x, bottom);
    c.stroke();
    c.fillStyle = '#444';
    c.font = '11px sans-serif';
    c.fillText(markerDate, Math.min(x + 4, right - 62), top + 10);
    c.restore();
  },
};

// ---- the view ------------------------------------------------------------------------------------

export async function showCharts(asKnownAt, on) {
  markerDate = on;
  const view = document.getElementById('view-time');
  const key = asKnownAt || '';
  if (shownFor === key && window.sijillCharts) {
    window.sijillCharts.troops.update();
    window.sijillCharts.bases.update();
    view.dataset.state = 'ready';
    return;
  }
  const mine = ++asked;
  view.dataset.state = 'loading';
  // Two requests give every force's and every base's series (CONTRACT.md /presence/series?type=).
  const [forceSet, baseSet, bases] = await Promise.all([
    api('/presence/series', {type: 'FORCE', from: FROM_YEAR, asKnownAt}),
    api('/presence/series', {type: 'BASE', from: FROM_YEAR, asKnownAt}),
    api('/bases'),
  ]);
  if (mine !== asked) return;
  const series = bySubject(forceSet, codes('force'));
  const baseSeries = bySubject(baseSet, bases.map(b => b.baseId));

  const last = forceSet.to;
  const max = decYear(dayAfter(last));
  document.getElementById('time-meta').textContent =
    t('time.meta', FROM_YEAR, last, asKnownAt || t('time.now'), bases.length);

  if (window.sijillCharts) {
    window.sijillCharts.troops.destroy();
    window.sijillCharts.bases.destroy();
  }
  const troops = troopsChart(series, max);
  troopsTable(series);
  const basesChart = baseLanes(bases, baseSeries, max);
  window.sijillCharts = {troops, bases: basesChart};
  shownFor = key;
  view.dataset.state = 'ready';
}

/** The series of a type's answer in the order of `ids`; a subject without claims gets no segments. */
function bySubject(set, ids) {
  const byId = new Map(set.series.map(s => [s.subjectId, s]));
  return ids.map(id => byId.get(id) || {subjectId: id, segments: [], planned: [], to: set.to});
}

function troopsChart(seriesList, max) {
  const datasets = [];
  for (const s of seriesList) {
    const force = s.subjectId;
    const color = FORCE_COLORS[force] || '#555';
    const segments = s.segments.filter(seg => seg.count != null);
    if (segments.some(seg => seg.low != null || seg.high != null)) {
      const ranged = seg => seg.low != null || seg.high != null;
      const band = {role: 'band', stepped: true, pointRadius: 0, borderWidth: 0, spanGaps: false};
      datasets.push({...band, label: `${forceName(force)} ${t('time.low')}`, fill: false,
        data: stepPoints(segments, seg => (ranged(seg) ? seg.low ?? seg.count : null))});
      datasets.push({...band, label: `${forceName(force)} ${t('time.range')}`, fill: '-1', backgroundColor: `${color}33`,
        borderColor: `${color}33`, data: stepPoints(segments, seg => (ranged(seg) ? seg.high ?? seg.count : null))});
    }
    datasets.push({
      role: 'steps', force, segments, label: forceName(force), data: stepPoints(segments, seg => seg.count),
      stepped: true, spanGaps: false, borderColor: color, backgroundColor: color, borderWidth: 2,
      pointStyle: ctx => markOf(ctx.raw).style, pointRadius: ctx => markOf(ctx.raw).radius,
      pointHoverRadius: ctx => markOf(ctx.raw).radius + 2, pointHitRadius: 6,
    });
    const planned = (s.planned || []).filter(p => p.count != null);
    if (planned.length) {
      datasets.push({
        role: 'planned', force, label: `${forceName(force)} ${t('time.planned')}`, showLine: false,
        data: planned.map(p => ({x: decYear(p.when.date), y: p.count, claim: p})),
        pointStyle: 'crossRot', pointRadius: 7, pointHoverRadius: 9, borderColor: color, backgroundColor: color,
        borderWidth: 2,
      });
    }
  }
  const chart = new Chart(document.getElementById('troops-chart'), {
    type: 'line',
    data: {datasets},
    plugins: [dateMarker],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: {xAxisKey: 'x', yAxisKey: 'y'},
      interaction: {mode: 'nearest', intersect: true},
      scales: {
        x: {type: 'linear', min: FROM_YEAR, max, ticks: yearTicks, title: {display: true, text: t('time.year')},
          reverse: rtl()},
        y: {...yScale(document.getElementById('log-scale').checked), position: rtl() ? 'right' : 'left'},
      },
      plugins: {
        legend: {rtl: rtl(), labels: {usePointStyle: true, generateLabels: legendItems,
          filter: item => !item.text.endsWith(` ${t('time.low')}`)}},
        tooltip: {rtl: rtl(),
          filter: item => item.dataset.role !== 'band',
          callbacks: {
            title: () => '',
            label: ctx => {
              const raw = ctx.raw;
              if (raw.claim) return `${ctx.dataset.label}: ${fmtCount(raw.claim.count)} ${t('time.by')} ${fmtWhen(raw.claim.when)}`
                + ` (${t('time.announced')} ${fmtWhen(raw.claim.announced)})`;
              if (!raw.seg) return '';
              return `${ctx.dataset.label}: ${fmtCount(raw.seg.count)}, ${raw.seg.from} → ${raw.seg.to}`
                + ` (${label(raw.seg.basis)}${raw.seg.alternatives?.length ? `, ${t('time.conflictingClaims')}` : ''})`;
            },
          },
        },
      },
      onClick: (event, elements, chart) => troopsClick(event, elements, chart),
    },
  });
  document.getElementById('log-scale').onchange = e => {
    chart.options.scales.y = {...yScale(e.target.checked), position: rtl() ? 'right' : 'left'};
    chart.update();
  };
  return chart;
}

/** Legend markers: a line for a force, a cross for its plans, a box for its range. */
function legendItems(chart) {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map(item => {
    const role = chart.data.datasets[item.datasetIndex].role;
    return {...item, pointStyle: role === 'planned' ? 'crossRot' : role === 'band' ? 'rect' : 'line',
      lineWidth: role === 'steps' ? 3 : item.lineWidth};
  });
}

function yScale(logarithmic) {
  return {
    type: logarithmic ? 'logarithmic' : 'linear',
    beginAtZero: !logarithmic,
    title: {display: true, text: t('time.troopsAxis')},
    ticks: {callback: v => (logarithmic && !/^[125]/.test(String(v)) ? '' : fmtCount(v))},
  };
}

function troopsClick(event, elements, chart) {
  for (const el of elements) {
    const ds = chart.data.datasets[el.datasetIndex];
    const raw = ds.data[el.index];
    if (ds.role === 'planned') return showClaim(subject(ds.force, t('time.planned')), raw.claim);
    if (ds.role === 'steps' && raw.seg) return showClaim(subject(ds.force), raw.seg);
  }
  // Anywhere along a step: the segment under the pointer whose level is nearest, within 12 px.
  const at = chart.scales.x.getValueForPixel(event.x);
  let best = null;
  chart.data.datasets.forEach((ds, i) => {
    if (ds.role !== 'steps' || !chart.isDatasetVisible(i)) return;
    const seg = ds.segments.find(g => decYear(g.from) <= at && at < decYear(dayAfter(g.to)));
    if (!seg) return;
    const distance = Math.abs(chart.scales.y.getPixelForValue(seg.count) - event.y);
    if (distance <= 12 && (!best || distance < best.distance)) best = {distance, seg, force: ds.force};
  });
  if (best) showClaim(subject(best.force), best.seg);
}

/** The same steps as a table, for keyboards and screen readers: each row opens its claim. */
function troopsTable(seriesList) {
  clear(document.querySelector('#troops-series tbody'), seriesList.flatMap(s => s.segments.map(seg =>
    h('tr', {'data-force': s.subjectId, 'data-from': seg.from, 'data-fact-id': seg.factId},
      h('th', {scope: 'row'}, forceName(s.subjectId)),
      h('td', {class: 'when'}, seg.from), h('td', {class: 'when'}, seg.to),
      h('td', {class: 'count', 'data-value': seg.count}, fmtCount(seg.count)),
      h('td', {class: 'range'}, seg.low == null && seg.high == null ? '—' : `${fmtCount(seg.low)}–${fmtCount(seg.high)}`),
      h('td', {class: 'basis'}, label(seg.basis)),
      h('td', {class: 'claim-when'}, fmtWhen(seg.when)),
      h('td', {class: 'alternatives'}, String((seg.alternatives || []).length)),
      h('td', {}, h('button', {type: 'button', onclick: () => showClaim(subject(s.subjectId), seg)}, t('time.showClaim')))))));
}

function subject(force, what = t('time.troopLevel')) {
  return [h('strong', {}, forceName(force)), ` — ${what}`];
}

function baseLanes(bases, baseSeries, max) {
  const datasets = Object.entries(STATUS_COLORS).map(([status, color]) => ({
    label: label(status), status, backgroundColor: color, borderColor: color, grouped: false,
    barPercentage: 0.8, categoryPercentage: 0.9, data: [],
  }));
  baseSeries.forEach((s, i) => s.segments.forEach(seg => {
    const ds = datasets.find(d => d.status === seg.value);
    if (ds) ds.data.push({x: [decYear(seg.from), decYear(dayAfter(seg.to))], y: bases[i].baseId, seg, base: bases[i]});
  }));
  const names = bases.map(b => localName(b.nameEn, b.nameAr));
  document.getElementById('bases-chart-box').style.height = `${bases.length * 24 + 90}px`;
  return new Chart(document.getElementById('bases-chart'), {
    type: 'bar',
    data: {labels: bases.map(b => b.baseId), datasets},
    plugins: [dateMarker],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: {mode: 'nearest', intersect: true},
      scales: {
        x: {type: 'linear', min: FROM_YEAR, max, position: 'top', ticks: yearTicks, reverse: rtl()},
        y: {position: rtl() ? 'right' : 'left', ticks: {autoSkip: false, callback: (value, index) => names[index]}},
      },
      plugins: {
        legend: {position: 'bottom', rtl: rtl()},
        tooltip: {rtl: rtl(),
          callbacks: {
            title: items => items[0] ? localName(items[0].raw.base.nameEn, items[0].raw.base.nameAr) : '',
            label: ctx => `${label(ctx.raw.seg.value)}: ${ctx.raw.seg.from} → ${ctx.raw.seg.to}`
              + ` (${t('time.claimOf')} ${fmtWhen(ctx.raw.seg.when)})`,
          },
        },
      },
      onClick: (event, elements, chart) => {
        const el = elements[0];
        if (!el) return;
        const raw = chart.data.datasets[el.datasetIndex].data[el.index];
        showClaim([h('a', {href: `#/bases/${encodeURIComponent(raw.base.baseId)}`}, raw.base.nameEn), ' ',
          h('span', {dir: 'rtl', lang: 'ar'}, raw.base.nameAr || ''), ` — ${t('time.status')}`], raw.seg);
      },
    },
  });
}

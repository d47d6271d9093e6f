// The time slider of the date and map views: a day between 2003-01-01 and today, previous/next change (the next
// date on which any answer changes: the bounds of every subject's series segments, from the four
// /presence/series?type= answers) and play, which steps from change to change once each answer is drawn.
import {api} from './api.js';
import {clear, h} from './dom.js';
import {t} from './i18n.js';

const FIRST = '2003-01-01';
const DAY = 86400000;
let changes = null;      // sorted ISO dates on which some answer changes
let changesFor = null;   // the asKnownAt they were read for
let playing = null;      // {go} while playing

const toDay = iso => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = day => new Date(day * DAY).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

/** The dates on which an answer changes, as known at `asKnownAt` (four requests, kept until the instant changes). */
export async function changeDates(asKnownAt) {
  if (changes && changesFor === (asKnownAt || '')) return changes;
  const sets = await Promise.all(['FORCE', 'SCOPE', 'BASE', 'AGREEMENT']
    .map(type => api('/presence/series', {type, from: FIRST, asKnownAt})));
  const dates = new Set();
  for (const set of sets) {
    for (const series of set.series) {
      for (const seg of series.segments) {
        dates.add(seg.from);
        dates.add(toIso(toDay(seg.to) + 1));
      }
    }
  }
  changes = [...dates].filter(d => d > FIRST && d <= today()).sort();
  changesFor = asKnownAt || '';
  return changes;
}

/** Fills `box` with the slider for `on`; `go(date)` asks the view for another date. */
export function drawSlider(box, on, asKnownAt, go) {
  const range = h('input', {type: 'range', min: toDay(FIRST), max: toDay(today()), value: toDay(on), step: 1,
    'aria-label': t('slider.label'), class: 'slider-range'});
  const shown = h('output', {class: 'slider-date'}, on);
  range.addEventListener('input', () => { shown.textContent = toIso(Number(range.value)); });
  range.addEventListener('change', () => { stop(); go(toIso(Number(range.value))); });
  const step = async direction => {
    const dates = await changeDates(asKnownAt);
    const next = direction > 0 ? dates.find(d => d > on) : [...dates].reverse().find(d => d < on);
    if (next) go(next);
    else { stop(); shown.textContent = `${on} · ${t('slider.none')}`; }
    return Boolean(next);
  };
  const play = h('button', {type: 'button', class: 'slider-play', 'aria-pressed': String(Boolean(playing))},
    playing ? t('slider.stop') : t('slider.play'));
  play.addEventListener('click', () => {
    if (playing) stop(); else { playing = {step}; step(1); }
    play.textContent = playing ? t('slider.stop') : t('slider.play');
    play.setAttribute('aria-pressed', String(Boolean(playing)));
  });
  clear(box,
    h('button', {type: 'button', class: 'slider-prev', onclick: () => { stop(); step(-1); }}, t('slider.prev')),
    range, shown,
    h('button', {type: 'button', class: 'slider-next', onclick: () => { stop(); step(1); }}, t('slider.next')),
    play);
  if (playing) playing.step = step;
}

/** Called by a view once its answer is drawn: while playing, the next change follows after a pause to look. */
export function drawn() {
  if (!playing) return;
  const {step} = playing;
  setTimeout(() => { if (playing && playing.step === step) step(1); }, 1500);
}

export function stop() {
  playing = null;
}

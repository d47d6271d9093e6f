// What each view draws (by the hash: #/, #/map, #/over-time, #/compare?…, #/timeline?…, #/facts/{id}, #/bases/{id},
// #/new, #/changes, #/audit) and the tools it gets once drawn: the time slider, the downloads with a permalink that
// fixes "as known at" and names the record's head, and the warning when that head is no longer the record's.
import {showAudit} from './audit-view.js';
import {showCharts} from './charts.js';
import {showCompare} from './compare.js';
import {drawDownloads} from './downloads.js';
import {factTools, showChanges, showNewFact} from './editing-views.js';
import {t} from './i18n.js';
import {showMap} from './map.js';
import {showPresence} from './presence.js';
import {permalink, question, setQuestion} from './question.js';
import {drawSlider, drawn} from './slider.js';
import {showBase, showFact, showTimeline} from './timeline.js';

const $ = sel => document.querySelector(sel);

/** A permalink names the head its answer came from; another head at the same instant means a rewritten history. */
function checkHead(answer) {
  const want = question().head;
  const box = $('#head-warning');
  box.hidden = !(want && answer.head && String(answer.head.seq) !== want);
  if (!box.hidden) box.textContent = t('head.mismatch', want, answer.head.seq);
}

/** Slider and downloads of a date view (date or map), once its answer is drawn. */
function dateTools(view, answer, path, title, again) {
  drawSlider($(`#slider-${view}`), answer.on, question().asKnownAt, on => {
    setQuestion(on, question().asKnownAt);
    again();
  });
  drawDownloads($(`#dl-${view}`), {path, query: {on: answer.on, asKnownAt: answer.asKnownAt}, title,
    name: `sijill-${view}-${answer.on}`, on: answer.on, asKnownAt: answer.asKnownAt, head: answer.head},
  permalink(answer.asKnownAt, answer.head));
  checkHead(answer);
  drawn();
}


/** Draws `view`; `again` asks the page to route anew (after the slider changed the date). */
export async function drawView(view, parts, query, again) {
  const {on, asKnownAt} = question();
  switch (view) {
      case 'time': {
        const known = asKnownAt || new Date().toISOString().slice(0, 19) + 'Z';
        await showCharts(asKnownAt, on);
        drawDownloads($('#dl-time'), {path: '/presence/series', query: {type: 'FORCE', from: 2003, asKnownAt: known},
          title: t('cite.time'), name: 'sijill-troops-series', asKnownAt: known},
        permalink(known, null));
        break;
      }
      case 'map': {
        const answer = await showMap(on, asKnownAt);
        if (answer) dateTools('map', answer, '/presence', t('cite.map'), again);
        break;
      }
      case 'compare': {
        const diff = await showCompare(query);
        if (diff) {
          const at = diff.asKnownAt || diff.toKnownAt;
          const fixed = diff.on ? {...query, toKnownAt: diff.toKnownAt} : {...query, asKnownAt: diff.asKnownAt};
          drawDownloads($('#dl-compare'), {path: '/presence/diff', query: fixed, title: t('cite.compare'),
            name: 'sijill-diff', on: diff.on || `${diff.from}/${diff.to}`, asKnownAt: at, head: diff.head},
          permalink(at, diff.head, `#/compare?${new URLSearchParams(fixed)}`));
        }
        break;
      }
      case 'timeline': {
        await showTimeline(query);
        const known = new Date().toISOString().slice(0, 19) + 'Z';
        drawDownloads($('#dl-timeline'), {path: '/facts', query: {kind: query.kind, q: query.q, size: 200,
          sort: 'when', asKnownAt: known}, title: t('cite.timeline'), name: 'sijill-facts', asKnownAt: known},
        permalink(known, null));
        break;
      }
      case 'fact': {
        const fact = await showFact(decodeURIComponent(parts.slice(1).join('/')));
        const known = new Date().toISOString().slice(0, 19) + 'Z';
        drawDownloads($('#dl-fact'), {path: `/facts/${encodeURIComponent(fact.factId)}/history`, query: {},
          title: fact.summaryEn, name: `sijill-${fact.factId}-history`, asKnownAt: known}, permalink(known, null));
        await factTools(fact);
        break;
      }
      case 'new': await showNewFact(); break;
      case 'changes': await showChanges(); break;
      case 'audit': await showAudit(); break;
      case 'base': {
        const baseId = decodeURIComponent(parts.slice(1).join('/'));
        await showBase(baseId);
        const known = new Date().toISOString().slice(0, 19) + 'Z';
        drawDownloads($('#dl-base'), {path: `/bases/${encodeURIComponent(baseId)}/timeline`,
          query: {asKnownAt: known, size: 200}, title: baseId, name: `sijill-${baseId}-timeline`, asKnownAt: known},
        permalink(known, null));
        break;
      }
      default:
      {
        document.title = t('title.date', on);
        const answer = await showPresence(on, asKnownAt);
        if (answer) dateTools('date', answer, '/presence', t('cite.date'), again);
      }
  }
}

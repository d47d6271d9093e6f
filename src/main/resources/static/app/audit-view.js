// "Audit" (AUDITOR): the chain verified (GET /api/v1/audit/verify), whether every projection has applied every
// event (/reconciliation), the last replay's state and a button to start one (POST /replay), and the export to
// verify offline (GET /api/v1/audit/events, NDJSON; bin/verify-export).
import {api} from './api.js';
import {clear, h, label} from './dom.js';
import {t} from './i18n.js';
import {hasRole, write} from './session.js';

export async function showAudit() {
  const view = document.getElementById('view-audit');
  const box = document.getElementById('audit-body');
  view.dataset.state = 'loading';
  if (!hasRole('AUDITOR')) {
    clear(box, h('p', {class: 'warning'}, t('audit.signInFirst')));
    view.dataset.state = 'ready';
    return;
  }
  const [verify, reconciliation, replay] = await Promise.all([api('/audit/verify'), api('/audit/reconciliation'),
    api('/audit/replay')]);
  const row = (key, value, cls) => [h('dt', {}, t(key)), h('dd', {class: cls}, value)];
  clear(box,
    h('dl', {class: 'fact-fields', id: 'audit-facts', 'data-valid': String(verify.valid)},
      row('audit.chain', t(verify.valid ? 'audit.valid' : 'audit.broken', verify.firstBadSeq), 'chain'),
      row('audit.events', String(verify.events), 'events'),
      row('audit.head', h('code', {}, verify.headHash || '—'), 'head'),
      row('audit.reconciled', t(reconciliation.consistent ? 'audit.yes' : 'audit.no'), 'reconciled'),
      row('audit.replay', [label(replay.state), ' ', replay.total ? `${replay.processed}/${replay.total}` : '',
        replay.matchesLive == null ? '' : ` · ${t(replay.matchesLive ? 'audit.matches' : 'audit.differs')}`], 'replay')),
    h('p', {},
      h('button', {type: 'button', id: 'start-replay', disabled: replay.state === 'RUNNING' ? true : null,
        onclick: async () => { await write('POST', '/audit/replay', {}); showAudit(); }}, t('audit.startReplay')), ' ',
      h('a', {href: '/api/v1/audit/events', download: 'sijill-events.ndjson'}, t('audit.export'))),
    h('p', {class: 'hint'}, t('audit.offline')));
  view.dataset.state = 'ready';
}

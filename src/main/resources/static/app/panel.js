// The side panel: one claim (a chart segment or a planned claim) with its sources and alternatives.
import {alternativesDetails, clear, claimValue, factLink, fmtCount, fmtWhen, h, label, sourceList} from './dom.js';
import {t} from './i18n.js';

const panel = () => document.getElementById('detail');

/**
 * subject: nodes naming what the claim is about; claim: a series segment ({from,to,…}) or a ClaimView.
 */
export function showClaim(subject, claim) {
  const rows = [
    [t('panel.value'), h('strong', {class: 'detail-value', 'data-value': claim.count ?? claim.value}, claimValue(claim))],
    claim.low != null || claim.high != null ? [t('col.range'), `${fmtCount(claim.low)}–${fmtCount(claim.high)}`] : null,
    claim.from ? [t('panel.holds'), h('span', {class: 'detail-period'}, `${claim.from} → ${claim.to}`)] : null,
    [t('col.claimDate'), fmtWhen(claim.when)],
    claim.announced ? [t('col.announced'), fmtWhen(claim.announced)] : null,
    [t('col.basis'), [label(claim.basis || 'REPORTED'), claim.inferred ? [' · ', t('inferred')] : null]],
    [t('fact'), factLink(claim.factId, claim.version)],
  ].filter(Boolean);
  clear(document.getElementById('detail-body'),
    h('p', {class: 'detail-subject'}, subject),
    h('dl', {class: 'fact-fields'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h3', {}, t('col.sources')),
    sourceList(claim.sources),
    claim.alternatives && claim.alternatives.length
      ? [h('h3', {}, t('panel.conflicting')), alternativesDetails(claim.alternatives, claimValue)]
      : null);
  const p = panel();
  p.hidden = false;
  p.dataset.factId = claim.factId;
  const details = p.querySelector('details.alternatives');
  if (details) details.open = true;
}

export function closePanel() {
  panel().hidden = true;
}

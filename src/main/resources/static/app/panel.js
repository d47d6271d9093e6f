// The side panel: one claim (a chart segment or a planned claim) with its sources and alternatives.
import {alternativesDetails, clear, claimValue, factLink, fmtCount, fmtWhen, h, label, sourceList} from './dom.js';

const panel = () => document.getElementById('detail');

/**
 * subject: nodes naming what the claim is about; claim: a series segment ({from,to,…}) or a ClaimView.
 */
export function showClaim(subject, claim) {
  const rows = [
    ['Value', h('strong', {class: 'detail-value', 'data-value': claim.count ?? claim.value}, claimValue(claim))],
    claim.low != null || claim.high != null ? ['Range', `${fmtCount(claim.low)}–${fmtCount(claim.high)}`] : null,
    claim.from ? ['Holds', h('span', {class: 'detail-period'}, `${claim.from} → ${claim.to}`)] : null,
    ['Claim date', fmtWhen(claim.when)],
    claim.announced ? ['Announced', fmtWhen(claim.announced)] : null,
    ['Basis', label(claim.basis || 'REPORTED')],
    ['Fact', factLink(claim.factId, claim.version)],
  ].filter(Boolean);
  clear(document.getElementById('detail-body'),
    h('p', {class: 'detail-subject'}, subject),
    h('dl', {class: 'fact-fields'}, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('h3', {}, 'Sources'),
    sourceList(claim.sources),
    claim.alternatives && claim.alternatives.length
      ? [h('h3', {}, 'Conflicting claims (same start)'), alternativesDetails(claim.alternatives, claimValue)]
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

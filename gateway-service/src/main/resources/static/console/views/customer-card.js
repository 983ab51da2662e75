// Customer 360's line (figures, temporary raises, change history with who and why) and the
// customer's applications with their decisions: grade, score, reasons and the model that decided.
import { t } from '../i18n.js';
import {
  card, facts, h, money, problemText, tableOrNone, text, when,
} from '../dom.js';

/** A section's content once loaded, or why it could not be read (the other sections still show). */
export function loaded(result, render) {
  return result.error
    ? h('p', { class: 'error', role: 'alert' }, problemText(result.error))
    : render(result.data);
}

export function lineCard(c) {
  if (!c.line) {
    return card('line', t('line.title'), h('p', { class: 'empty' }, t('customer.noLine')));
  }
  const l = c.line;
  return card('line', t('line.title'),
    facts([
      ['line.status', h('span', { class: 'badge' }, l.status)],
      ['line.grade', text(l.grade)],
      ['line.kind', text(l.kind)],
      ['line.permanentLimit', h('span', { dataset: { test: 'permanent-limit' } }, money(l.permanentLimit))],
      ['line.effectiveLimit', money(l.effectiveLimit)],
      ['line.outstanding', money(l.outstanding)],
      ['line.held', h('span', { dataset: { test: 'held' } }, money(l.held))],
      ['line.available', h('span', { dataset: { test: 'available' } }, money(l.available))],
      ['line.cashAvailable', money(l.cashAvailable)],
      ['line.businessDate', text(l.businessDate)],
      ['line.openedAt', when(l.openedAt)],
    ]),
    h('h3', {}, t('raises.title')),
    tableOrNone('raises', ['amount', 'startsOn', 'endsOn', 'source', 'placedBy', 'state'],
      l.temporaryRaises.map((r) => [money(r.amount), r.startsOn, r.endsOn, r.source, r.placedBy, r.state])));
}

export function historyCard(c) {
  const change = (ch, side) => (side === 'old'
    ? (ch.oldLimit ? money(ch.oldLimit) : text(ch.oldStatus))
    : (ch.newLimit ? money(ch.newLimit) : text(ch.newStatus)));
  return card('history', t('history.title'),
    tableOrNone('history', ['at', 'kind', 'from', 'to', 'actor', 'reason'],
      [...c.changes].reverse().map((ch) => [when(ch.changedAt), ch.kind, change(ch, 'old'), change(ch, 'new'),
        ch.actor, text(ch.reason)])));
}

const model = (m) => (m ? `${m.modelId} v${m.version}${m.origin ? ` (${m.origin})` : ''}` : '—');

/** The customer's applications and officers' reviews, the latest first. */
export function decisionsCard(applications) {
  return card('decisions', t('decisions.title'), loaded(applications, (list) => tableOrNone('decisions',
    ['decidedAt', 'decision', 'grade', 'score', 'limit', 'tier', 'reasons', 'model'],
    list.map((d) => [when(d.decidedAt), h('span', { class: 'badge' }, d.decision), text(d.grade), text(d.score),
      money(d.recommendedLimit), text(d.pricingTier), d.reasons.length ? d.reasons.join(', ') : '—',
      model(d.model)]))));
}

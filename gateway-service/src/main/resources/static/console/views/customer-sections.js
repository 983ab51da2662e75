// Customer 360's orders (status, amounts, merchant, plans), collections cases with their contact
// attempts and promise to pay, and the partner platforms the customer linked their line to.
import { t } from '../i18n.js';
import {
  card, facts, h, money, table, tableOrNone, text, when,
} from '../dom.js';
import { loaded } from './customer-card.js';

const badge = (value) => h('span', { class: 'badge' }, value);
const plansOf = (o) => (o.plans.length === 0 ? '—'
  : o.plans.map((p) => `${String(p.planId).slice(0, 8)} (${p.installmentCount}× ${p.method})`).join(', '));

/** The customer's latest orders, the newest first. */
export function ordersCard(orders) {
  return card('orders', t('orders.title'), loaded(orders, (list) => tableOrNone('orders',
    ['authorisedAt', 'order', 'status', 'merchant', 'amount', 'captured', 'stillHeld', 'refunded', 'plans',
      'reasons'],
    list.map((o) => [when(o.authorisedAt), o.orderId, badge(o.status), o.merchantId || t('orders.ownStore'),
      money(o.amount), money(o.captured), money(o.stillHeld), money(o.refunded), plansOf(o),
      o.reasons.length ? o.reasons.join(', ') : '—']))));
}

function promise(p) {
  return p
    ? facts([['casePromise.status', badge(p.status)], ['casePromise.date', p.promisedDate],
      ['casePromise.amount', money(p.amount)], ['casePromise.madeOn', p.madeOn], ['casePromise.resolvedOn', text(p.resolvedOn)]])
    : h('p', { class: 'empty' }, t('casePromise.none'));
}

function collectionsCase(k) {
  return h('article', { class: 'plan', dataset: { case: k.caseId } },
    h('h4', {}, t('cases.case', String(k.caseId).slice(0, 8))),
    facts([['cases.status', badge(k.status)], ['cases.bucket', k.bucket], ['cases.daysPastDue', k.daysPastDue],
      ['cases.overdue', money(k.overdueAmount)], ['cases.openedOn', k.openedOn],
      ['cases.closedOn', text(k.closedOn)], ['cases.escalation', text(k.escalationReached)],
      ['cases.recovered', money(k.recoveredTotal)]]),
    h('h4', {}, t('casePromise.title')),
    h('div', { dataset: { test: 'promise' } }, promise(k.promise)),
    k.attempts.length === 0
      ? h('p', { class: 'empty' }, t('caseAttempts.none'))
      : table(t('caseAttempts.caption', String(k.caseId).slice(0, 8)),
        ['caseAttempts.scheduledFor', 'caseAttempts.step', 'caseAttempts.channel', 'caseAttempts.status', 'caseAttempts.agent',
          'caseAttempts.outcome', 'caseAttempts.note'],
        k.attempts.map((a) => [when(a.scheduledFor), a.step, a.channel, a.status, text(a.agent),
          text(a.outcome), text(a.note ?? a.reason)]),
        'attempts', true));
}

/** The customer's collections cases, the latest first, each with its promise and contact attempts. */
export function casesCard(cases) {
  return card('cases', t('cases.title'), loaded(cases, (list) => (list.length === 0
    ? h('p', { class: 'empty' }, t('cases.none'))
    : list.map(collectionsCase))));
}

/** The partner platforms the customer let use their line (withdrawn links too: the consent history). */
export function partnerLinksCard(links) {
  return card('partner-links', t('links.title'), loaded(links, (list) => tableOrNone('links',
    ['partner', 'state', 'purpose', 'grantedAt', 'grantedBy', 'withdrawnAt', 'withdrawnBy', 'reason'],
    list.map((l) => [l.partnerId, badge(t(l.active ? 'links.active' : 'links.withdrawn')), l.purpose,
      when(l.grantedAt), l.grantedBy, when(l.withdrawnAt), text(l.withdrawnBy), text(l.withdrawalReason)]))));
}

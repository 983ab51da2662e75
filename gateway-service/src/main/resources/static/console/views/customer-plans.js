// Customer 360's money after checkout: each plan with its schedule and its ledger, and the
// customer's payments with how the waterfall allocated them.
import { t } from '../i18n.js';
import {
  card, facts, h, money, table, tableOrNone, text, when,
} from '../dom.js';
import { loaded } from './customer-card.js';

const shortId = (id) => String(id).slice(0, 8);

function ledgerTable(p) {
  return loaded(p.ledger, (entries) => (entries.length === 0
    ? h('p', { class: 'empty' }, t('ledger.none'))
    : table(t('ledger.caption', shortId(p.planId)),
      ['ledger.date', 'ledger.kind', 'ledger.installment', 'ledger.amount', 'ledger.reference'],
      entries.map((e) => [e.businessDate, e.kind, text(e.installmentNumber), money(e.amount), e.reference]),
      'ledger', true)));
}

function plan(p) {
  return h('article', { class: 'plan', dataset: { plan: p.planId } },
    h('h4', {}, t('plans.plan', shortId(p.planId))),
    facts([['plans.status', h('span', { class: 'badge' }, p.status)], ['plans.product', text(p.product)],
      ['plans.order', text(p.orderId)], ['plans.captureDate', text(p.captureDate)],
      ['plans.principal', money(p.principal)], ['plans.outstanding', money(p.outstandingPrincipal)],
      ['plans.amountDue', money(p.amountDue)], ['plans.payoff', money(p.payoffAmount)]]),
    table(t('schedule.caption', shortId(p.planId)),
      ['schedule.number', 'schedule.dueDate', 'schedule.status', 'schedule.principal', 'schedule.fee',
        'schedule.lateFee', 'schedule.principalPaid', 'schedule.amountDue'],
      p.installments.map((i) => [i.number, i.dueDate, i.status, money(i.principal), money(i.fee),
        money(i.lateFee), money(i.principalPaid), money(i.amountDue)]),
      'schedule', true),
    ledgerTable(p));
}

/** The customer's plans, the latest capture first (the API lists the oldest first), each with its schedule and ledger. */
export function plansCard(plans) {
  return card('plans', t('plans.title'), loaded(plans, (list) => (list.length === 0
    ? h('p', { class: 'empty' }, t('plans.none'))
    : [...list].reverse().map(plan))));
}

/** The customer's latest payments, the newest first. */
export function paymentsCard(payments) {
  return card('payments', t('payments.title'), loaded(payments, (list) => tableOrNone('payments',
    ['receivedAt', 'businessDate', 'reference', 'plan', 'amount', 'principalRepaid', 'feesWaived'],
    list.map((p) => [when(p.receivedAt), p.businessDate, p.paymentReference, shortId(p.planId), money(p.amount),
      money(p.principalRepaid), money(p.feesWaived)]))));
}

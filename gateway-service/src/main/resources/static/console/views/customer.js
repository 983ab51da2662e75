// Customer 360: find a customer and see their line (limit, holds, temporary raises, change
// history), plans with schedules and collections cases; credit officers change the limit with a
// reason.
import { ApiError, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import {
  $, STAFF, facts, h, money, problemText, screen, statusLine, table, tableOrNone, text, when,
} from '../dom.js';
import { lineActions } from './line-actions.js';
import labels from './customer-labels.js';

addLabels(labels);

const state = { customer: null };

function build() {
  return screen('customer',
    h('form', { id: 'find-form', class: 'inline', role: 'search', onsubmit: (e) => {
      e.preventDefault();
      state.customer = null;
      findCustomer($('customer-id').value);
    } },
    h('label', { for: 'customer-id', dataset: { i18n: 'customer.id' } }),
    h('input', { id: 'customer-id', name: 'customerId', required: true, autocomplete: 'off' }),
    h('button', { type: 'submit', dataset: { i18n: 'customer.find' } })),
    statusLine('customer-status'),
    h('div', { id: 'customer-detail' }));
}

function reset() {
  state.customer = null;
  $('customer-detail').replaceChildren();
  $('customer-id').value = '';
}


async function findCustomer(customerId) {
  const id = customerId.trim();
  if (!id) return;
  $('customer-status').textContent = t('app.loading');
  $('customer-detail').replaceChildren();
  const path = encodeURIComponent(id);
  try {
    const line = await get(`/api/v1/credit-accounts/${path}`).catch((e) => {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    });
    const [changes, plans, cases] = await Promise.all([
      line ? get(`/api/v1/credit-accounts/${path}/changes`) : [],
      get(`/api/v1/plans?customerId=${path}`),
      get(`/api/v1/collections/cases?customerId=${path}`),
    ]);
    state.customer = { id, line, changes, plans, cases, message: null };
    $('customer-status').textContent = '';
  } catch (error) {
    state.customer = null;
    $('customer-status').textContent = problemText(error);
  }
  renderCustomer();
}

function renderCustomer() {
  const c = state.customer;
  const detail = $('customer-detail');
  if (!c) {
    detail.replaceChildren();
    return;
  }
  detail.replaceChildren(
    h('div', { class: 'grid' }, lineCard(c), c.line ? lineActions(c, renderCustomer) : null),
    c.line ? historyCard(c) : null,
    plansCard(c),
    casesCard(c));
}

function lineCard(c) {
  const card = h('section', { class: 'card', id: 'line', 'aria-labelledby': 'line-title' },
    h('h3', { id: 'line-title' }, t('line.title')));
  if (!c.line) {
    card.append(h('p', { class: 'empty' }, t('customer.noLine')));
    return card;
  }
  const l = c.line;
  const figures = [
    ['line.status', h('span', { class: 'badge' }, l.status)],
    ['line.grade', text(l.grade)],
    ['line.kind', text(l.kind)],
    ['line.permanentLimit', h('span', { dataset: { test: 'permanent-limit' } }, money(l.permanentLimit))],
    ['line.effectiveLimit', money(l.effectiveLimit)],
    ['line.outstanding', money(l.outstanding)],
    ['line.held', money(l.held)],
    ['line.available', money(l.available)],
    ['line.cashAvailable', money(l.cashAvailable)],
    ['line.businessDate', text(l.businessDate)],
    ['line.openedAt', when(l.openedAt)],
  ];
  card.append(facts(figures));
  card.append(h('h3', {}, t('raises.title')));
  card.append(tableOrNone('raises', ['amount', 'startsOn', 'endsOn', 'source', 'placedBy', 'state'],
    l.temporaryRaises.map((r) => [money(r.amount), r.startsOn, r.endsOn, r.source, r.placedBy, r.state])));
  return card;
}

function historyCard(c) {
  const change = (ch, side) => (side === 'old'
    ? (ch.oldLimit ? money(ch.oldLimit) : text(ch.oldStatus))
    : (ch.newLimit ? money(ch.newLimit) : text(ch.newStatus)));
  return h('section', { class: 'card', id: 'history', 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, t('history.title')),
    tableOrNone('history', ['at', 'kind', 'from', 'to', 'actor', 'reason'],
      [...c.changes].reverse().map((ch) => [when(ch.changedAt), ch.kind, change(ch, 'old'), change(ch, 'new'),
        ch.actor, text(ch.reason)])));
}

function plansCard(c) {
  const card = h('section', { class: 'card', id: 'plans', 'aria-labelledby': 'plans-title' },
    h('h3', { id: 'plans-title' }, t('plans.title')));
  if (c.plans.length === 0) {
    card.append(h('p', { class: 'empty' }, t('plans.none')));
    return card;
  }
  for (const p of c.plans) {
    const shortId = String(p.planId).slice(0, 8);
    card.append(h('article', { class: 'plan', dataset: { plan: p.planId } },
      h('h4', {}, t('plans.plan', shortId)),
      facts([['plans.status', h('span', { class: 'badge' }, p.status)], ['plans.product', text(p.product)],
        ['plans.captureDate', text(p.captureDate)], ['plans.principal', money(p.principal)],
        ['plans.outstanding', money(p.outstandingPrincipal)], ['plans.amountDue', money(p.amountDue)]]),
      table(t('schedule.caption', shortId),
        ['schedule.number', 'schedule.dueDate', 'schedule.status', 'schedule.principal', 'schedule.fee',
          'schedule.amountDue'],
        p.installments.map((i) => [i.number, i.dueDate, i.status, money(i.principal), money(i.fee),
          money(i.amountDue)]),
        'schedule', true)));
  }
  return card;
}

function casesCard(c) {
  return h('section', { class: 'card', id: 'cases', 'aria-labelledby': 'cases-title' },
    h('h3', { id: 'cases-title' }, t('cases.title')),
    tableOrNone('cases', ['status', 'bucket', 'daysPastDue', 'overdue', 'openedOn', 'escalation'],
      c.cases.map((k) => [k.status, k.bucket, k.daysPastDue, money(k.overdueAmount), k.openedOn,
        text(k.escalationReached)])));
}

export default {
  name: 'customer', label: 'nav.customer', roles: STAFF, build, show: renderCustomer, reset,
};

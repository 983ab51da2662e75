// Customer 360: find a customer and see everything staff know about them, newest first: the line
// (limit, holds, temporary raises, change history), applications and decisions, orders, plans with
// schedules and ledgers, payments, collections cases with contact attempts and promises, and
// partner links. Credit officers act on the line (line-actions.js). Each section loads on its own:
// one that fails says why without hiding the others.
import { ApiError, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { $, STAFF, h, problemText, screen, statusLine } from '../dom.js';
import { lineActions } from './line-actions.js';
import { decisionsCard, historyCard, lineCard } from './customer-card.js';
import { paymentsCard, plansCard } from './customer-plans.js';
import { casesCard, ordersCard, partnerLinksCard } from './customer-sections.js';
import labels from './customer-labels.js';

addLabels(labels);

/** How many of a customer's applications, orders and payments the screen shows (the newest). */
const RECENT = 20;

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

/** A section's data ({ data }) or why it could not be read ({ error }); never a rejection. */
const section = (promise) => promise.then((data) => ({ data }), (error) => ({ error }));

/** Each plan with its ledger (or why the ledger could not be read). */
async function withLedgers(plans) {
  return Promise.all(plans.map(async (plan) => ({
    ...plan, ledger: await section(get(`/api/v1/plans/${encodeURIComponent(plan.planId)}/ledger`)),
  })));
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
    const [changes, applications, orders, plans, payments, cases, links] = await Promise.all([
      line ? get(`/api/v1/credit-accounts/${path}/changes`) : [],
      section(get(`/api/v1/applications?customerId=${path}&limit=${RECENT}`)),
      section(get(`/api/v1/orders?customerId=${path}&limit=${RECENT}`)),
      section(get(`/api/v1/plans?customerId=${path}`).then(withLedgers)),
      section(get(`/api/v1/repayments?customerId=${path}&limit=${RECENT}`)),
      section(get(`/api/v1/collections/cases?customerId=${path}`)),
      section(get(`/api/v1/customers/${path}/partner-links`)),
    ]);
    state.customer = {
      id, line, changes, applications, orders, plans, payments, cases, links, message: null,
    };
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
    decisionsCard(c.applications),
    ordersCard(c.orders),
    plansCard(c.plans),
    paymentsCard(c.payments),
    casesCard(c.cases),
    partnerLinksCard(c.links));
}

export default {
  name: 'customer', label: 'nav.customer', roles: STAFF, build, show: renderCustomer, reset,
};

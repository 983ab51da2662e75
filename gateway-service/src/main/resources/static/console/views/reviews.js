// Orders the fraud check held for review (decision REVIEW), for credit officers and admins: the
// queue, oldest first, and the decision on one of them, approve or decline, with a reason that the
// order and the gateway's audit keep.
import { call, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import {
  $, OFFICERS, facts, h, money, notice, problemText, screen, statusLine, tableOrNone, when,
} from '../dom.js';
import labels from './reviews-labels.js';

addLabels(labels);

const state = { reviews: emptyReviews() };

function emptyReviews() {
  return { queue: null, selected: null, message: null };
}

function build() {
  return screen('reviews', statusLine('reviews-status'), h('div', { id: 'reviews-list' }), h('div', { id: 'reviews-work' }));
}

function reset() {
  state.reviews = emptyReviews();
  $('reviews-list').replaceChildren();
  $('reviews-work').replaceChildren();
}

async function loadReviews() {
  const r = state.reviews;
  $('reviews-status').textContent = t('app.loading');
  try {
    const queue = await get('/api/v1/admin/orders/reviews?limit=100');
    if (r !== state.reviews) return;
    r.queue = queue;
    $('reviews-status').textContent = t('reviews.waiting', queue.waiting);
  } catch (error) {
    if (r !== state.reviews) return;
    r.queue = null;
    $('reviews-status').textContent = problemText(error);
  }
  renderReviews();
}

function renderReviews() {
  const r = state.reviews;
  const orders = r.queue ? r.queue.orders : [];
  const chosen = orders.find((o) => o.orderId === r.selected);
  $('reviews-list').replaceChildren(notice(r.message, 'reviews-message') || '',
    tableOrNone('reviews', ['order', 'customer', 'amount', 'reasons', 'authorisedAt', 'decide'],
      orders.map((o) => [o.orderId, o.customer, money(o.amount), o.reasons.join(', '), when(o.authorisedAt),
        h('button', { type: 'button', class: 'small secondary', dataset: { test: 'decide', order: o.orderId },
          onclick: () => select(o.orderId) }, t('reviews.choose'))])));
  $('reviews-work').replaceChildren(chosen ? decisionCard(chosen) : '');
}

function select(orderId) {
  Object.assign(state.reviews, { selected: orderId, message: null });
  renderReviews();
  $('review-reason').focus();
}

function decisionCard(o) {
  return h('section', { class: 'card', id: 'review-order', dataset: { order: o.orderId },
    'aria-labelledby': 'review-order-title' },
  h('h3', { id: 'review-order-title' }, t('reviews.order', o.orderId)),
  facts([['reviews.customer', o.customer], ['reviews.amount', money(o.amount)],
    ['reviews.reasons', o.reasons.join(', ')], ['reviews.authorisedAt', when(o.authorisedAt)]]),
  h('form', { id: 'review-form', onsubmit: (e) => decide(e, o.orderId) },
    h('label', { for: 'review-reason' }, t('reviews.reason')),
    h('input', { id: 'review-reason', name: 'reason', required: true, maxlength: '500' }),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', value: 'approve', dataset: { test: 'approve' } }, t('reviews.approve')),
      h('button', { type: 'submit', value: 'decline', class: 'secondary', dataset: { test: 'decline' } },
        t('reviews.decline')))));
}

async function decide(event, orderId) {
  event.preventDefault();
  const approve = event.submitter ? event.submitter.value === 'approve' : true;
  const reason = event.target.reason.value.trim();
  const r = state.reviews;
  try {
    const order = await call('POST', `/api/v1/admin/orders/${encodeURIComponent(orderId)}/review`, {
      body: { approve, reason }, reason, idempotent: true,
    });
    const text = approve ? t('reviews.approved', orderId, order.status) : t('reviews.declined', orderId, order.status);
    Object.assign(r, { selected: null, message: { ok: true, text } });
  } catch (error) {
    r.message = { ok: false, text: problemText(error) };
  }
  await loadReviews();
}

export default {
  name: 'reviews', label: 'nav.reviews', roles: OFFICERS, build, show: loadReviews, reset,
};

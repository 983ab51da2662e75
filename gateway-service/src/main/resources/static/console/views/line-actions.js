// What a credit officer changes on a customer's line from Customer 360, each with a reason that
// the gateway's audit keeps: the permanent limit.
import { call, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { OFFICERS, h, may, money, notice, problemText } from '../dom.js';
import labels from './line-actions-labels.js';

addLabels(labels);

/** The officer's actions on the customer's line (none for other roles); `rerender` shows the outcome. */
export function lineActions(c, rerender) {
  if (!may(OFFICERS)) return null;
  return limitCard(c, rerender);
}

function limitCard(c, rerender) {
  return h('section', { class: 'card', id: 'limit-action', 'aria-labelledby': 'limit-title' },
    h('h3', { id: 'limit-title' }, t('limit.title')),
    h('form', { id: 'limit-form', onsubmit: (e) => changeLimit(e, c, rerender) },
      h('label', { for: 'limit-amount' }, t('limit.new')),
      h('input', { id: 'limit-amount', name: 'amount', inputmode: 'decimal', required: true,
        pattern: '\\d+(\\.\\d{1,2})?', value: c.line.permanentLimit.amount }),
      h('label', { for: 'limit-reason' }, t('limit.reason')),
      h('input', { id: 'limit-reason', name: 'reason', required: true, maxlength: '500' }),
      h('button', { type: 'submit' }, t('limit.submit'))),
    notice(c.message, 'limit-message'));
}

async function changeLimit(event, c, rerender) {
  event.preventDefault();
  const form = event.target;
  const amount = form.amount.value.trim();
  const reason = form.reason.value.trim();
  try {
    const line = await call('PUT', `/api/v1/admin/credit-accounts/${encodeURIComponent(c.id)}/limit`, {
      body: { limit: { amount, currency: 'CNY' }, reason },
      reason,
    });
    const changes = await get(`/api/v1/credit-accounts/${encodeURIComponent(c.id)}/changes`);
    Object.assign(c, { line, changes, message: { ok: true, text: t('limit.done', money(line.permanentLimit)) } });
  } catch (error) {
    c.message = { ok: false, text: problemText(error) };
  }
  rerender();
}

// What staff change on a customer's line from Customer 360, each with a reason that the gateway's
// audit keeps: a credit officer (or an admin) sets the permanent limit, adds a dated temporary
// raise, freezes or unfreezes the line; a collector (or an admin) takes a promise to pay on the
// customer's open collections case. Each form shows only to the roles the API lets do it.
import { call, get, takePromise } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { COLLECTORS, OFFICERS, h, may, money, notice, plusDays, problemText } from '../dom.js';
import labels from './line-actions-labels.js';

addLabels(labels);

/** The actions the signed-in role may take on the customer's line (null when none); `rerender` shows the outcome. */
export function lineActions(c, rerender) {
  const forms = [
    ...(may(OFFICERS) ? [limitForm(c, rerender), raiseForm(c, rerender), statusForm(c, rerender)] : []),
    may(COLLECTORS) ? promiseForm(c, rerender) : null,
  ].filter(Boolean);
  if (forms.length === 0) return null;
  return h('section', { class: 'card', id: 'line-actions', 'aria-labelledby': 'line-actions-title' },
    h('h3', { id: 'line-actions-title' }, t('actions.title')),
    c.message ? notice(c.message, c.message.id) : null,
    h('div', { class: 'action-forms' }, forms));
}

const linePath = (c) => `/api/v1/admin/credit-accounts/${encodeURIComponent(c.id)}`;

/** A form with its title, fields, a required reason (kept by the audit) and its submit button. */
function reasoned(id, title, fields, submit, onsubmit) {
  return h('form', { id: `${id}-form`, class: 'action', onsubmit },
    h('h4', {}, title),
    fields,
    h('label', { for: `${id}-reason` }, t('actions.reason')),
    h('input', { id: `${id}-reason`, name: 'reason', required: true, maxlength: '500' }),
    h('button', { type: 'submit' }, submit));
}

const amountInput = (id, value) => h('input', {
  id, name: 'amount', inputmode: 'decimal', required: true, pattern: '\\d+(\\.\\d{1,2})?', value,
});

const dateInput = (id, name, value) => h('input', {
  id, name, type: 'date', required: true, value,
});

function limitForm(c, rerender) {
  return h('div', { id: 'limit-action' },
    reasoned('limit', t('limit.title'), [
      h('label', { for: 'limit-amount' }, t('limit.new')),
      amountInput('limit-amount', c.line.permanentLimit.amount),
    ], t('limit.submit'), (e) => act(e, c, rerender, 'limit-message', async (form, reason) => {
      const line = await call('PUT', `${linePath(c)}/limit`, {
        body: { limit: { amount: form.amount.value.trim(), currency: 'CNY' }, reason }, reason,
      });
      return [line, t('limit.done', money(line.permanentLimit))];
    })));
}

function raiseForm(c, rerender) {
  const today = c.line.businessDate;
  return reasoned('raise', t('raise.title'), [
    h('label', { for: 'raise-amount' }, t('raise.amount')),
    amountInput('raise-amount', ''),
    h('div', { class: 'dates' },
      h('div', {}, h('label', { for: 'raise-starts' }, t('raise.startsOn')), dateInput('raise-starts', 'startsOn', today)),
      h('div', {}, h('label', { for: 'raise-ends' }, t('raise.endsOn')),
        dateInput('raise-ends', 'endsOn', plusDays(today, 30)))),
  ], t('raise.submit'), (e) => act(e, c, rerender, 'raise-message', async (form, reason) => {
    const amount = form.amount.value.trim();
    const line = await call('POST', `${linePath(c)}/temporary-raises`, {
      body: {
        amount: { amount, currency: 'CNY' }, startsOn: form.startsOn.value, endsOn: form.endsOn.value, reason,
      },
      reason,
      idempotent: true,
    });
    return [line, t('raise.done', money({ amount, currency: 'CNY' }), form.startsOn.value, form.endsOn.value)];
  }));
}

/** Freeze an ACTIVE or DELINQUENT line, unfreeze a FROZEN one; a CLOSED line stays closed. */
function statusForm(c, rerender) {
  const frozen = c.line.status === 'FROZEN';
  if (!frozen && c.line.status === 'CLOSED') return null;
  const next = frozen ? 'ACTIVE' : 'FROZEN';
  return reasoned('status', frozen ? t('unfreeze.title') : t('freeze.title'),
    [h('p', { class: 'hint' }, frozen ? t('unfreeze.hint') : t('freeze.hint'))],
    frozen ? t('unfreeze.submit') : t('freeze.submit'),
    (e) => act(e, c, rerender, 'status-message', async (form, reason) => {
      const line = await call('PUT', `${linePath(c)}/status`, { body: { status: next, reason }, reason });
      return [line, frozen ? t('unfreeze.done', line.status) : t('freeze.done', line.status)];
    }));
}

/** A promise on the customer's open case (collections keeps it on the case; it is no admin change). */
function promiseForm(c, rerender) {
  // Customer 360 keeps each section as { data } or { error }: no promise form when the cases could not be read.
  const open = (c.cases.data || []).find((k) => k.status === 'OPEN');
  if (!open) return null;
  return h('form', { id: 'take-promise-form', class: 'action', onsubmit: (e) => act(e, c, rerender, 'take-promise-message',
    async (form) => {
      const p = await takePromise(open.caseId, form.date.value, form.amount.value.trim());
      c.cases = { data: await get(`/api/v1/collections/cases?customerId=${encodeURIComponent(c.id)}`) };
      return [c.line, t('takePromise.done', money(p.amount), p.promisedDate)];
    }) },
  h('h4', {}, t('takePromise.title')),
  h('label', { for: 'take-promise-date' }, t('takePromise.date')),
  dateInput('take-promise-date', 'date', plusDays(latestOf(open.asOf, c.line && c.line.businessDate), 3)),
  h('label', { for: 'take-promise-amount' }, t('takePromise.amount')),
  amountInput('take-promise-amount', open.overdueAmount.amount),
  h('button', { type: 'submit' }, t('takePromise.submit')));
}

/**
 * Runs an action from its form: `change(form, reason)` answers the line after it and the message;
 * the history is read again so that the change shows with its reason.
 */
async function act(event, c, rerender, messageId, change) {
  event.preventDefault();
  const form = event.target;
  const reason = form.reason ? form.reason.value.trim() : undefined;
  try {
    const [line, text] = await change(form, reason);
    const changes = await get(`/api/v1/credit-accounts/${encodeURIComponent(c.id)}/changes`);
    Object.assign(c, { line, changes, message: { ok: true, text, id: messageId } });
  } catch (error) {
    c.message = { ok: false, text: problemText(error), id: messageId };
  }
  rerender();
}

/**
 * The later of two ISO dates (either may be missing): a case's figures can be dated before the
 * business date when the customer's delinquency has not changed since, and collections refuses a
 * promise dated before its business date.
 */
function latestOf(a, b) {
  if (!a || !b) return a || b;
  return a > b ? a : b;
}

// The collections work queue for collectors and admins: open cases by bucket and priority; an
// agent claims or releases a case, records a call's outcome and takes a promise to pay; an admin
// assigns a case to an agent. Each change carries an Audit-Reason.
import { call, get, takePromise as promiseToPay } from '../api.js';
import { addLabels, t } from '../i18n.js';
import {
  $, ADMINS, COLLECTORS, facts, h, may, me, money, notice, plusDays, problemText, screen, statusLine, tableOrNone,
  text, when,
} from '../dom.js';
import labels from './queue-labels.js';

addLabels(labels);

const OUTCOMES = ['REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'PROMISED', 'REFUSED'];
const state = { queue: emptyQueue() };

function emptyQueue() {
  return { bucket: '', mine: false, every: false, entries: null, selected: null, detail: null, message: null };
}

function build() {
  const bucket = (value, label) => h('option', { value }, label);
  return screen('queue',
    h('form', { id: 'queue-filter', class: 'inline', onsubmit: (e) => {
      e.preventDefault();
      Object.assign(state.queue, {
        bucket: $('queue-bucket').value, mine: $('queue-mine').checked, every: $('queue-every').checked,
      });
      loadQueue();
    } },
    h('label', { for: 'queue-bucket', dataset: { i18n: 'queue.bucket' } }),
    h('select', { id: 'queue-bucket', name: 'bucket' },
      h('option', { value: '', dataset: { i18n: 'queue.allBuckets' } }),
      bucket('M1', 'M1'), bucket('M2', 'M2'), bucket('M3', 'M3'), bucket('M3_PLUS', 'M3+')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'queue-mine', name: 'mine' }), ' ',
      h('span', { dataset: { i18n: 'queue.mine' } })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'queue-every', name: 'every' }), ' ',
      h('span', { dataset: { i18n: 'queue.every' } })),
    h('button', { type: 'submit', dataset: { i18n: 'queue.show' } })),
    statusLine('queue-status'),
    h('div', { id: 'queue-list' }),
    h('div', { id: 'queue-work' }));
}

function reset() {
  state.queue = emptyQueue();
  $('queue-filter').reset();
  $('queue-list').replaceChildren();
  $('queue-work').replaceChildren();
}


/** Reads the queue (and the selected case); an answer overtaken by a later read is dropped. */
async function loadQueue() {
  const q = state.queue;
  const read = (q.reads = (q.reads || 0) + 1);
  const params = new URLSearchParams();
  if (q.bucket) params.set('bucket', q.bucket);
  if (q.mine) params.set('mine', 'true');
  if (q.every) params.set('everyOpenCase', 'true');
  $('queue-status').textContent = t('app.loading');
  try {
    const [entries, detail] = await Promise.all([
      get(`/api/v1/admin/collections/queue?${params}`),
      q.selected ? get(`/api/v1/collections/cases/${encodeURIComponent(q.selected)}`) : null,
    ]);
    if (read !== q.reads || q !== state.queue) return;
    Object.assign(q, { entries, detail });
    $('queue-status').textContent = '';
  } catch (error) {
    if (read !== q.reads || q !== state.queue) return;
    q.entries = null;
    $('queue-status').textContent = problemText(error);
  }
  renderQueue();
}

function renderQueue() {
  const q = state.queue;
  const entries = q.entries || [];
  $('queue-list').replaceChildren(entries.length === 0
    ? h('p', { class: 'empty' }, q.entries ? t('queue.none') : '')
    : h('table', { id: 'queue-table', dataset: { test: 'queue' } },
      h('caption', { class: 'visually-hidden' }, t('queue.title')),
      h('thead', {}, h('tr', {}, ['priority', 'customer', 'bucket', 'daysPastDue', 'overdue', 'queuedAt', 'assignee',
        'promise', 'actions'].map((c) => h('th', { scope: 'col' }, t(`queue.${c}`))))),
      h('tbody', {}, entries.map((e, i) => queueRow(e, i + 1)))));
  $('queue-work').replaceChildren(q.selected && q.detail ? workCard(q.detail) : '');
}

function queueRow(e, priority) {
  const mine = e.assignee === me();
  const action = (label, test, onclick, secondary) => h('button',
    { type: 'button', class: secondary ? 'small secondary' : 'small', dataset: { test }, onclick }, t(label));
  return h('tr', { dataset: { case: e.caseId }, class: e.caseId === state.queue.selected ? 'selected' : null },
    [priority, e.customerId, e.bucket, e.daysPastDue, money(e.overdueAmount), when(e.queuedAt),
      h('span', { dataset: { test: 'assignee' } }, e.assignee || t('queue.nobody')),
      e.promisedDate ? `${money(e.promisedAmount)} · ${e.promisedDate}` : '—',
      h('span', { class: 'actions' },
        mine ? null : action('queue.claim', 'claim', () => claim(e.caseId)),
        mine || (e.assignee && may(ADMINS)) ? action('queue.release', 'release', () => release(e.caseId), true) : null,
        action('queue.work', 'work', () => select(e.caseId), true))]
      .map((c) => h('td', {}, c)));
}

function select(caseId) {
  Object.assign(state.queue, { selected: caseId, message: null });
  loadQueue();
}

/** Runs a change on the selected case, says how it went, and reads the queue and the case again. */
async function onCase(caseId, change, done) {
  const q = state.queue;
  q.selected = caseId;
  try {
    const answer = await change();
    q.message = { ok: true, text: done(answer) };
  } catch (error) {
    q.message = { ok: false, text: problemText(error) };
  }
  await loadQueue();
}

const casePath = (caseId) => `/api/v1/admin/collections/cases/${encodeURIComponent(caseId)}`;

function claim(caseId) {
  return onCase(caseId, () => call('POST', `${casePath(caseId)}/claim`, { reason: t('queue.claimReason') }),
    () => t('queue.claimed'));
}

function release(caseId) {
  return onCase(caseId, () => call('POST', `${casePath(caseId)}/release`, { reason: t('queue.releaseReason') }),
    () => t('queue.released'));
}

function workCard(d) {
  const q = state.queue;
  const entry = (q.entries || []).find((e) => e.caseId === d.caseId);
  const assignee = entry ? entry.assignee : null;
  const promise = d.promise && d.promise.status === 'OPEN'
    ? `${money(d.promise.amount)} · ${d.promise.promisedDate}` : '—';
  return h('section', { class: 'card', id: 'queue-case', dataset: { case: d.caseId }, 'aria-labelledby': 'queue-case-title' },
    h('h3', { id: 'queue-case-title' }, t('queue.case', d.customerId)),
    notice(q.message, 'queue-message'),
    facts([['queue.status', h('span', { class: 'badge' }, d.status)], ['queue.bucket', d.bucket],
      ['queue.daysPastDue', d.daysPastDue], ['queue.overdue', money(d.overdueAmount)],
      ['queue.escalation', text(d.escalationReached)], ['queue.assignee', assignee || t('queue.nobody')],
      ['queue.promise', h('span', { dataset: { test: 'case-promise' } }, promise)]]),
    h('div', { class: 'grid' },
      h('form', { id: 'call-form', onsubmit: (e) => recordCall(e, d.caseId) },
        h('h4', {}, t('call.title')),
        h('label', { for: 'call-outcome' }, t('call.outcome')),
        h('select', { id: 'call-outcome', name: 'outcome' },
          OUTCOMES.map((o) => h('option', { value: o }, t(`outcome.${o}`)))),
        h('label', { for: 'call-note' }, t('call.note')),
        h('textarea', { id: 'call-note', name: 'note', rows: '2', maxlength: '1000' }),
        h('button', { type: 'submit' }, t('call.submit'))),
      h('form', { id: 'promise-form', onsubmit: (e) => takePromise(e, d.caseId) },
        h('h4', {}, t('promise.title')),
        h('label', { for: 'promise-date' }, t('promise.date')),
        h('input', { id: 'promise-date', name: 'date', required: true, pattern: '\\d{4}-\\d{2}-\\d{2}',
          value: plusDays(d.asOf, 3) }),
        h('label', { for: 'promise-amount' }, t('promise.amount')),
        h('input', { id: 'promise-amount', name: 'amount', required: true, inputmode: 'decimal',
          pattern: '\\d+(\\.\\d{1,2})?', value: d.overdueAmount.amount }),
        h('button', { type: 'submit' }, t('promise.submit')))),
    may(ADMINS) ? h('form', { id: 'assign-form', class: 'inline', onsubmit: (e) => assign(e, d.caseId) },
      h('label', { for: 'assign-agent' }, t('queue.agent')),
      h('input', { id: 'assign-agent', name: 'agent', required: true, maxlength: '64' }),
      h('label', { for: 'assign-reason' }, t('queue.reason')),
      h('input', { id: 'assign-reason', name: 'reason', required: true, maxlength: '500' }),
      h('button', { type: 'submit' }, t('queue.assignSubmit'))) : null,
    h('h4', {}, t('attempts.title')),
    tableOrNone('attempts', ['step', 'channel', 'status', 'sentAt', 'agent', 'outcome', 'note'],
      [...d.attempts].reverse().map((a) => [a.step, a.channel, a.status, when(a.sentAt), text(a.agent),
        a.outcome ? t(`outcome.${a.outcome}`) : '—', text(a.note)])));
}

function recordCall(event, caseId) {
  event.preventDefault();
  const form = event.target;
  const outcome = form.outcome.value;
  const note = form.note.value.trim();
  return onCase(caseId, () => call('POST', `${casePath(caseId)}/calls`, {
    body: { outcome, note: note || null },
    reason: t('queue.callReason', outcome),
  }), () => t('call.done', t(`outcome.${outcome}`)));
}

function takePromise(event, caseId) {
  event.preventDefault();
  const form = event.target;
  const promisedDate = form.date.value.trim();
  const amount = form.amount.value.trim();
  return onCase(caseId, () => promiseToPay(caseId, promisedDate, amount),
    (p) => t('promise.done', money(p.amount), p.promisedDate));
}

function assign(event, caseId) {
  event.preventDefault();
  const form = event.target;
  const agent = form.agent.value.trim();
  return onCase(caseId, () => call('PUT', `${casePath(caseId)}/assignee`, {
    body: { agent }, reason: form.reason.value.trim(),
  }), (holder) => t('queue.assigned', holder.assignee));
}

export default {
  name: 'queue', label: 'nav.queue', roles: COLLECTORS, build, show: loadQueue, reset,
};

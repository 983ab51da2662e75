// Operations for admins (viewers read the same, without the buttons): the business date and the
// end-of-day runs, the reconciliation of the lines with the books, and each service's dead letters
// with a re-drive. Each part loads on its own, so one service away does not blank the screen.
import { call, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import {
  $, ADMINS, facts, h, may, money, notice, plusDays, problemText, screen, statusLine, table, tableOrNone, text, when,
} from '../dom.js';
import labels from './operations-labels.js';

addLabels(labels);

/** The services with an inbox, as the gateway routes their dead letters (/api/v1/admin/dead-letters/<service>). */
const SERVICES = ['credit-limit', 'checkout', 'repayment', 'risk-scoring', 'collections'];
const state = { reads: 0, eod: {}, recon: {}, letters: {} };

function build() {
  const part = (id, title) => h('section', { class: 'card', id: `ops-${id}`, 'aria-labelledby': `ops-${id}-title` },
    h('h3', { id: `ops-${id}-title`, dataset: { i18n: title } }), statusLine(`ops-${id}-status`),
    h('div', { id: `ops-${id}-body` }));
  return screen('operations', part('eod', 'ops.eodTitle'), part('recon', 'recon.title'),
    part('letters', 'letters.title'));
}

function reset() {
  Object.assign(state, { eod: {}, recon: {}, letters: {} });
  ['eod', 'recon', 'letters'].forEach((p) => {
    $(`ops-${p}-body`).replaceChildren();
    $(`ops-${p}-status`).textContent = '';
  });
}

/** Reads one part and renders it; an answer overtaken by a later read of the screen is dropped. */
async function load(part, read, render) {
  const read0 = state.reads;
  $(`ops-${part}-status`).textContent = t('app.loading');
  try {
    Object.assign(state[part], await read(), { error: null });
    if (read0 !== state.reads) return;
    $(`ops-${part}-status`).textContent = '';
  } catch (error) {
    if (read0 !== state.reads) return;
    $(`ops-${part}-status`).textContent = problemText(error);
  }
  $(`ops-${part}-body`).replaceChildren(h('div', {}, render()));
}

function show() {
  state.reads += 1;
  loadEndOfDay();
  load('recon', async () => ({ report: await get('/api/v1/admin/reconciliation') }), renderReconciliation);
  loadLetters();
}

const loadEndOfDay = () => load('eod', async () => {
  const [date, runs] = await Promise.all([get('/api/v1/admin/business-date'), get('/api/v1/admin/end-of-day/runs?limit=20')]);
  return { date, runs };
}, renderEndOfDay);

const loadLetters = () => load('letters', async () => {
  const answers = await Promise.allSettled(SERVICES.map((s) => get(`/api/v1/admin/dead-letters/${s}?limit=50`)));
  return { byService: Object.fromEntries(SERVICES.map((s, i) => [s, answers[i]])) };
}, renderLetters);

// --- business date and end-of-day runs ---------------------------------------------------------

const nextDate = (d) => (d.lastEndOfDay ? plusDays(d.lastEndOfDay, 1) : d.businessDate);

function duration(millis) {
  if (millis === null || millis === undefined) return '—';
  return millis < 1000 ? `${millis} ms` : `${(millis / 1000).toFixed(1)} s`;
}

function datesCovered(run) {
  if (!run.firstDate) return t('eodRuns.noDates');
  const range = run.firstDate === run.lastDate ? run.firstDate : `${run.firstDate} – ${run.lastDate}`;
  return `${range} (${run.datesProcessed})`;
}

function renderEndOfDay() {
  const { date, runs, message } = state.eod;
  if (!date) return '';
  return [
    facts([['ops.businessDate', h('strong', { dataset: { test: 'business-date' } }, date.businessDate)],
      ['ops.lastEndOfDay', text(date.lastEndOfDay)]]),
    may(ADMINS) ? h('form', { id: 'eod-form', class: 'inline', onsubmit: runEndOfDay },
      h('label', { for: 'eod-reason' }, t('ops.reason')),
      h('input', { id: 'eod-reason', name: 'reason', required: true, maxlength: '500' }),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'eod-ahead', name: 'ahead' }), ' ',
        h('span', {}, t('ops.aheadOfCalendar'))),
      h('button', { type: 'submit', dataset: { test: 'run-end-of-day' } }, t('ops.runNext', nextDate(date)))) : null,
    notice(message, 'eod-message'),
    h('h4', {}, t('eodRuns.title')),
    tableOrNone('eodRuns', ['startedAt', 'finishedAt', 'duration', 'dates', 'runThrough', 'startedBy', 'outcome'],
      (runs || []).map((r) => [when(r.startedAt), when(r.finishedAt), duration(r.durationMillis), datesCovered(r),
        r.runThrough, r.startedBy,
        h('span', { class: r.outcome === 'FAILED' ? 'error' : 'badge', title: r.error || null },
          t(`eodOutcome.${r.outcome}`))])),
  ];
}

async function runEndOfDay(event) {
  event.preventDefault();
  const form = event.target;
  const runThrough = nextDate(state.eod.date);
  try {
    const report = await call('POST', '/api/v1/admin/end-of-day', {
      body: { runThrough, allowAheadOfCalendar: form.ahead.checked }, reason: form.reason.value.trim(),
    });
    state.eod.message = { ok: true, text: t('ops.ran', report.processed.length, report.businessDate) };
  } catch (error) {
    state.eod.message = { ok: false, text: problemText(error) };
  }
  await loadEndOfDay();
}

// --- reconciliation ----------------------------------------------------------------------------

const cny = (amount) => money({ amount, currency: 'CNY' });

function renderReconciliation() {
  const { report } = state.recon;
  if (!report) return '';
  const fine = report.differences.length === 0;
  return [
    facts([['recon.checkedAt', when(report.checkedAt)], ['recon.customers', report.customers],
      ['recon.differences', h('strong', { class: fine ? 'ok' : 'error', dataset: { test: 'recon-count' } },
        String(report.differences.length))]]),
    fine ? h('p', { class: 'ok fine', dataset: { test: 'recon-fine' } }, t('recon.fine'))
      : table(t('recon.title'), ['customerId', 'check', 'line', 'other', 'difference', 'cause']
        .map((c) => `recon.${c}`), report.differences.map((d) => [text(d.customerId), d.check, cny(d.line),
        cny(d.other), h('span', { class: 'error' }, cny(d.difference)), text(d.cause)]), 'recon-differences'),
  ];
}

// --- dead letters ------------------------------------------------------------------------------

function renderLetters() {
  const { byService, message } = state.letters;
  if (!byService) return '';
  return [
    may(ADMINS) ? h('p', { class: 'inline-field' }, h('label', { for: 'redrive-reason' }, t('letters.reason')),
      h('input', { id: 'redrive-reason', maxlength: '500' })) : null,
    notice(message, 'letters-message'),
    SERVICES.map((s) => h('div', { class: 'letters', dataset: { service: s } },
      h('h4', {}, t(`service.${s}`)),
      byService[s].status === 'rejected'
        ? h('p', { class: 'error' }, problemText(byService[s].reason))
        : tableOrNone('letters', ['id', 'failedAt', 'topic', 'error', 'message', 'actions'],
          byService[s].value.map((l) => [l.id, when(l.failed_at), `${l.topic} #${l.partition_no}@${l.record_offset}`,
            h('span', { class: 'error' }, text(l.error)),
            h('code', { class: 'payload', title: l.payload || '' }, text(l.payload && l.payload.slice(0, 120))),
            may(ADMINS) ? h('button', { type: 'button', class: 'small', dataset: { test: 'redrive' },
              onclick: () => redrive(s, l.id) }, t('letters.redrive')) : '—'])))),
  ];
}

async function redrive(service, id) {
  const reason = $('redrive-reason').value.trim();
  if (!reason) {
    state.letters.message = { ok: false, text: t('letters.reasonFirst') };
    $('ops-letters-body').replaceChildren(h('div', {}, renderLetters()));
    $('redrive-reason').focus();
    return;
  }
  try {
    const done = await call('POST', `/api/v1/admin/dead-letters/${service}/${encodeURIComponent(id)}/redrive`, { reason });
    state.letters.message = { ok: true, text: t('letters.done', id, t(`letters.outcome.${done.outcome}`)) };
  } catch (error) {
    state.letters.message = { ok: false, text: problemText(error) };
  }
  await loadLetters();
}

export default {
  name: 'operations', label: 'nav.operations', roles: [...ADMINS, 'VIEWER'], build, show, reset,
};

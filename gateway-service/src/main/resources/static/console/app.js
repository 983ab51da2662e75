// The operations console: sign-in, navigation by role, Customer 360, the collections work queue
// and the audit log. Plain ES
// modules, no build step; every figure comes from the platform's public API through the gateway.
import { ApiError, call, get, session, signIn, signOut } from './api.js';
import { language, setLanguage, t, translate } from './i18n.js';

const OFFICERS = ['CREDIT_OFFICER', 'ADMIN'];
const ADMINS = ['ADMIN'];
const OUTCOMES = ['REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'PROMISED', 'REFUSED'];
const state = { view: null, customer: null, audit: null, queue: emptyQueue() };

function emptyQueue() {
  return { bucket: '', mine: false, every: false, entries: null, selected: null, detail: null, message: null };
}

const $ = (id) => document.getElementById(id);

/** An element with attributes and children (text never parsed as HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function money(m) {
  if (!m) return '—';
  const locale = language() === 'zh' ? 'zh-CN' : 'en-GB';
  return new Intl.NumberFormat(locale, {
    style: 'currency', currency: m.currency || 'CNY', currencyDisplay: 'narrowSymbol',
  }).format(m.amount);
}

function when(instant) {
  if (!instant) return '—';
  return new Date(instant).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB');
}

const text = (value) => (value === undefined || value === null || value === '' ? '—' : String(value));

function may(roles) {
  const current = session();
  return !!current && current.roles.some((r) => roles.includes(r));
}

function problemText(error) {
  if (error instanceof ApiError && error.status === 403) return t('error.forbidden');
  if (error instanceof ApiError) return `${t('error.generic', error.status)} ${error.message}`;
  return t('error.generic', error.message);
}

/** A table; its caption for screen readers only unless shown (when no heading says the same). */
function table(caption, columns, rows, testId, showCaption = false) {
  return h('table', { dataset: { test: testId } },
    h('caption', { class: showCaption ? null : 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))));
}

/** The rows as a table (labels and test id from the prefix: 'cases' gives cases.title, cases.status...), or "none". */
function tableOrNone(prefix, columns, rows) {
  return rows.length === 0
    ? h('p', { class: 'empty' }, t(`${prefix}.none`))
    : table(t(`${prefix}.title`), columns.map((c) => `${prefix}.${c}`), rows, prefix);
}

// ---- shell: language, session, navigation ----

function render() {
  translate(document);
  $('lang').value = language();
  const current = session();
  $('signin').hidden = !!current;
  $('nav').hidden = !current;
  $('signout').hidden = !current;
  $('who').hidden = !current;
  if (!current) {
    showView(null);
    return;
  }
  $('who').textContent = t('user.signedInAs',
    `${current.user} (${current.roles.map((r) => t(`role.${r}`)).join(', ')})`);
  document.querySelectorAll('#nav li[data-roles]').forEach((li) => {
    li.hidden = !may(li.dataset.roles.split(' '));
  });
  const wanted = (location.hash || '#customer').slice(1);
  const link = document.querySelector(`#nav li:not([hidden]) a[data-view="${wanted}"]`)
    || document.querySelector('#nav li:not([hidden]) a[data-view]');
  showView(link.dataset.view);
}

function showView(view) {
  state.view = view;
  document.querySelectorAll('main > section[id^="view-"]').forEach((s) => {
    s.hidden = s.id !== `view-${view}`;
  });
  document.querySelectorAll('#nav a[data-view]').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (view === 'customer') renderCustomer();
  if (view === 'audit') loadAudit();
  if (view === 'queue') loadQueue();
}

// ---- Customer 360 ----

async function findCustomer(customerId) {
  const id = customerId.trim();
  if (!id) return;
  $('customer-status').textContent = t('customer.loading');
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
    h('div', { class: 'grid' }, lineCard(c), c.line && may(OFFICERS) ? limitCard(c) : null),
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
  const facts = [
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
  card.append(h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])));
  card.append(h('h3', {}, t('raises.title')));
  card.append(tableOrNone('raises', ['amount', 'startsOn', 'endsOn', 'source', 'placedBy', 'state'],
    l.temporaryRaises.map((r) => [money(r.amount), r.startsOn, r.endsOn, r.source, r.placedBy, r.state])));
  return card;
}

function limitCard(c) {
  const message = c.message
    ? h('p', { class: c.message.ok ? 'ok' : 'error', role: c.message.ok ? 'status' : 'alert', id: 'limit-message' },
      c.message.text)
    : null;
  return h('section', { class: 'card', id: 'limit-action', 'aria-labelledby': 'limit-title' },
    h('h3', { id: 'limit-title' }, t('limit.title')),
    h('form', { id: 'limit-form', onsubmit: changeLimit },
      h('label', { for: 'limit-amount' }, t('limit.new')),
      h('input', { id: 'limit-amount', name: 'amount', inputmode: 'decimal', required: true,
        pattern: '\\d+(\\.\\d{1,2})?', value: c.line.permanentLimit.amount }),
      h('label', { for: 'limit-reason' }, t('limit.reason')),
      h('input', { id: 'limit-reason', name: 'reason', required: true, maxlength: '500' }),
      h('button', { type: 'submit' }, t('limit.submit'))),
    message);
}

async function changeLimit(event) {
  event.preventDefault();
  const c = state.customer;
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
  renderCustomer();
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
      h('dl', { class: 'facts' },
        [['plans.status', h('span', { class: 'badge' }, p.status)], ['plans.product', text(p.product)],
          ['plans.captureDate', text(p.captureDate)], ['plans.principal', money(p.principal)],
          ['plans.outstanding', money(p.outstandingPrincipal)], ['plans.amountDue', money(p.amountDue)]]
          .map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
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

// ---- collections work queue (collectors and admins) ----

/** The signed-in agent's name as collections records it ('colin' for the subject 'staff:colin'). */
function me() {
  const current = session();
  return current ? String(current.user).replace(/^staff:/, '') : null;
}

function plusDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Reads the queue (and the selected case); an answer overtaken by a later read is dropped. */
async function loadQueue() {
  const q = state.queue;
  const read = (q.reads = (q.reads || 0) + 1);
  const params = new URLSearchParams();
  if (q.bucket) params.set('bucket', q.bucket);
  if (q.mine) params.set('mine', 'true');
  if (q.every) params.set('everyOpenCase', 'true');
  $('queue-status').textContent = t('customer.loading');
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
  const message = q.message
    ? h('p', { class: q.message.ok ? 'ok' : 'error', role: q.message.ok ? 'status' : 'alert', id: 'queue-message' },
      q.message.text)
    : null;
  const promise = d.promise && d.promise.status === 'OPEN'
    ? `${money(d.promise.amount)} · ${d.promise.promisedDate}` : '—';
  return h('section', { class: 'card', id: 'queue-case', dataset: { case: d.caseId }, 'aria-labelledby': 'queue-case-title' },
    h('h3', { id: 'queue-case-title' }, t('queue.case', d.customerId)),
    message,
    h('dl', { class: 'facts' },
      [['queue.status', h('span', { class: 'badge' }, d.status)], ['queue.bucket', d.bucket],
        ['queue.daysPastDue', d.daysPastDue], ['queue.overdue', money(d.overdueAmount)],
        ['queue.escalation', text(d.escalationReached)], ['queue.assignee', assignee || t('queue.nobody')],
        ['queue.promise', h('span', { dataset: { test: 'case-promise' } }, promise)]]
        .map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
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
  return onCase(caseId, () => call('POST', `/api/v1/collections/cases/${encodeURIComponent(caseId)}/promises`, {
    body: { promisedDate, amount: { amount, currency: 'CNY' } },
  }), (p) => t('promise.done', money(p.amount), p.promisedDate));
}

function assign(event, caseId) {
  event.preventDefault();
  const form = event.target;
  const agent = form.agent.value.trim();
  return onCase(caseId, () => call('PUT', `${casePath(caseId)}/assignee`, {
    body: { agent }, reason: form.reason.value.trim(),
  }), (holder) => t('queue.assigned', holder.assignee));
}

// ---- audit log (admins) ----

async function loadAudit() {
  $('audit-status').textContent = t('customer.loading');
  try {
    state.audit = await get('/api/v1/admin/audit?limit=100');
    $('audit-status').textContent = '';
  } catch (error) {
    state.audit = null;
    $('audit-status').textContent = problemText(error);
  }
  $('audit-detail').replaceChildren(tableOrNone('audit', ['at', 'actor', 'request', 'reason', 'status'],
    (state.audit || []).map((e) => [when(e.at), e.actor, `${e.method} ${e.path}`, text(e.reason), text(e.status)])));
}

// ---- wiring ----

function start() {
  $('lang').addEventListener('change', (e) => {
    setLanguage(e.target.value);
    render();
  });
  $('signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const error = $('signin-error');
    error.hidden = true;
    try {
      await signIn($('username').value.trim(), $('password').value);
      $('password').value = '';
      render();
      $('main').focus();
    } catch (failure) {
      error.textContent = failure instanceof ApiError && failure.status === 401
        ? t('signin.failed') : problemText(failure);
      error.hidden = false;
    }
  });
  $('signout').addEventListener('click', () => {
    signOut();
    state.customer = null;
    state.audit = null;
    state.queue = emptyQueue();
    $('customer-detail').replaceChildren();
    $('queue-filter').reset();
    $('queue-list').replaceChildren();
    $('queue-work').replaceChildren();
    $('customer-id').value = '';
    location.hash = '';
    render();
  });
  $('find-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.customer = null;
    findCustomer($('customer-id').value);
  });
  $('queue-filter').addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(state.queue, {
      bucket: $('queue-bucket').value, mine: $('queue-mine').checked, every: $('queue-every').checked,
    });
    loadQueue();
  });
  window.addEventListener('hashchange', render);
  render();
}

start();

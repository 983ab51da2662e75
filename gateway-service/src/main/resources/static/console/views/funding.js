// Funding and risk for admins and credit officers (viewers read): funders with their cap and
// exposure, merchants with their discount rate and subsidy agreements (an admin suspends or
// reactivates either, with a reason), festival campaigns, and the risk models with their promotions.
import { call, get } from '../api.js';
import { addLabels, language, t } from '../i18n.js';
import { $, ADMINS, h, may, money, notice, problemText, screen, statusLine, tableOrNone, text, when } from '../dom.js';
import labels from './funding-labels.js';

addLabels(labels);

const SOURCES = {
  funders: '/api/v1/admin/funders',
  merchants: '/api/v1/admin/merchants',
  campaigns: '/api/v1/admin/risk/campaigns',
  models: '/api/v1/admin/risk/models',
  promotions: '/api/v1/admin/risk/models/promotions',
};
const PATHS = { funder: '/api/v1/admin/funders', merchant: '/api/v1/admin/merchants' };
const state = { data: {}, failed: {}, message: null, pending: null };

function build() {
  return screen('funding', statusLine('funding-status'), h('div', { id: 'funding-detail' }));
}

function reset() {
  Object.assign(state, { data: {}, failed: {}, message: null, pending: null });
  $('funding-detail').replaceChildren();
}

/** Reads every section; a service that fails leaves its own section with the reason, not the screen. */
async function load() {
  $('funding-status').textContent = t('app.loading');
  const names = Object.keys(SOURCES);
  const answers = await Promise.allSettled(names.map((n) => get(SOURCES[n])));
  names.forEach((n, i) => {
    state.data[n] = answers[i].status === 'fulfilled' ? answers[i].value : null;
    state.failed[n] = answers[i].status === 'rejected' ? problemText(answers[i].reason) : null;
  });
  $('funding-status').textContent = '';
  render();
}

function render() {
  const admin = may(ADMINS);
  $('funding-detail').replaceChildren(h('div', {},
    notice(state.message, 'funding-message'),
    state.pending ? statusForm(state.pending) : null,
    section('funders', () => tableOrNone('funders', ['funder', 'status', 'priority', 'grades', 'cap', 'exposure',
      'room', 'quota', 'fundedToday', ...(admin ? ['actions'] : [])],
    state.data.funders.map((f) => [`${f.name} · ${f.funderId}`, badge(f.status), f.priority, f.terms.grades.join(' '),
      money(f.terms.exposureCap), h('span', { dataset: { test: 'exposure' } }, money(f.outstandingPrincipal)),
      money(f.exposureRoom), money(f.terms.dailyQuota), money(f.fundedToday),
      ...(admin ? [statusAction('funder', f.funderId, f.status)] : [])]))),
    section('merchants', () => tableOrNone('merchants', ['merchant', 'status', 'rate', 'agreements', 'registeredAt',
      ...(admin ? ['actions'] : [])],
    state.data.merchants.map((m) => [`${m.name} · ${m.merchantId}`, badge(m.status), percent(m.discountRate),
      agreements(m.agreements), when(m.registeredAt), ...(admin ? [statusAction('merchant', m.merchantId, m.status)] : [])]))),
    section('campaigns', () => tableOrNone('campaigns', ['name', 'segment', 'raise', 'period', 'offered', 'launchedBy'],
      state.data.campaigns.map((c) => [c.name, segment(c.segment),
        c.raise.percent != null ? `+${c.raise.percent}%` : `+${money(c.raise.amount)}`,
        `${c.startsOn} – ${c.endsOn}`, c.customersOffered, `${c.launchedBy} · ${text(c.reason)}`]))),
    section('models', () => tableOrNone('models', ['model', 'origin', 'status', 'auc', 'stability', 'createdAt'],
      state.data.models.map((m) => [`${m.model.modelId} v${m.model.version}`, m.model.origin, badge(m.status),
        m.comparison ? `${decimal(m.comparison.challenger.auc)} / ${decimal(m.comparison.champion.auc)}` : '—',
        m.comparison ? decimal(m.comparison.challengerStability) : '—', `${when(m.createdAt)} · ${m.createdBy}`]))),
    section('promotions', () => tableOrNone('promotions', ['promotedAt', 'model', 'previous', 'promotedBy', 'reason'],
      state.data.promotions.map((p) => [when(p.promotedAt), `${p.modelId} v${p.version}`,
        p.previousModelId ? `${p.previousModelId} v${p.previousVersion}` : '—', p.promotedBy, p.reason])))));
}

/** A section's heading and table, or why its service did not answer. */
function section(name, content) {
  return h('section', { class: 'card', id: `funding-${name}`, 'aria-labelledby': `funding-${name}-title` },
    h('h3', { id: `funding-${name}-title` }, t(`${name}.title`)),
    state.failed[name] ? h('p', { class: 'error' }, state.failed[name])
      : state.data[name] ? content() : null);
}

const badge = (status) => h('span', { class: 'badge' }, t(`funding.status.${status}`));

function percent(fraction) {
  return new Intl.NumberFormat(language() === 'zh' ? 'zh-CN' : 'en-GB',
    { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(fraction);
}

const decimal = (value) => (value == null ? '—' : Number(value).toFixed(3));

function agreements(list) {
  if (list.length === 0) return '—';
  return h('ul', { class: 'plain' }, list.map((a) => h('li', {},
    t('funding.agreements.line', a.installmentCounts.join('/'), a.validFrom, a.validTo || '…',
      a.maximumPrincipal ? t('funding.agreements.upTo', money(a.maximumPrincipal)) : t('funding.agreements.any'),
      t(a.inForce ? 'funding.agreements.inForce' : `funding.status.${a.status}`)))));
}

function segment(s) {
  return [t('funding.segment.grades', s.grades.join(' ')),
    s.minimumBehaviourScore != null ? t('funding.segment.score', s.minimumBehaviourScore) : null,
    s.minimumMonthsOnBook ? t('funding.segment.months', s.minimumMonthsOnBook) : null].filter(Boolean).join(', ');
}

function statusAction(what, id, status) {
  const next = status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';
  return h('button', { type: 'button', class: 'small secondary', dataset: { test: `${what}-${next}` },
    onclick: () => { Object.assign(state, { pending: { what, id, next }, message: null }); render(); $('status-reason').focus(); } },
  t(next === 'SUSPENDED' ? 'funding.action.suspend' : 'funding.action.reactivate'));
}

/** The reason asked before a funder or merchant is suspended or reactivated. */
function statusForm({ what, id, next }) {
  return h('form', { id: 'status-form', class: 'card inline', onsubmit: changeStatus },
    h('span', {}, t(next === 'SUSPENDED' ? 'funding.action.suspending' : 'funding.action.reactivating', t(`funding.what.${what}`), id)),
    h('label', { for: 'status-reason' }, t('funding.action.reason')),
    h('input', { id: 'status-reason', name: 'reason', required: true, maxlength: '500' }),
    h('button', { type: 'submit' }, t(next === 'SUSPENDED' ? 'funding.action.suspend' : 'funding.action.reactivate')),
    h('button', { type: 'button', class: 'secondary', onclick: () => { state.pending = null; render(); } },
      t('funding.action.cancel')));
}

async function changeStatus(event) {
  event.preventDefault();
  const { what, id, next } = state.pending;
  try {
    await call('PUT', `${PATHS[what]}/${encodeURIComponent(id)}/status`, {
      body: { status: next }, reason: event.target.reason.value.trim(),
    });
    state.message = { ok: true, text: t('funding.action.done', t(`funding.what.${what}`), id, t(`funding.status.${next}`)) };
    state.pending = null;
  } catch (error) {
    state.message = { ok: false, text: problemText(error) };
  }
  await load();
}

export default {
  name: 'funding', label: 'nav.funding', roles: ['ADMIN', 'CREDIT_OFFICER', 'VIEWER'], build, show: load, reset,
};

// The gateway's audit log for admins: who changed what, when, why and with what answer; searched by
// who, method, a text of the path or the reason, and a span of days.
import { get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { $, ADMINS, h, plusDays, problemText, screen, statusLine, tableOrNone, text, when } from '../dom.js';
import labels from './audit-labels.js';

addLabels(labels);

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
const state = { audit: null, reads: 0 };

function build() {
  const field = (name, attrs = {}) => [h('label', { for: `audit-${name}`, dataset: { i18n: `audit.filter.${name}` } }),
    h('input', { id: `audit-${name}`, name, maxlength: '500', ...attrs })];
  return screen('audit',
    h('form', { id: 'audit-filter', class: 'inline filters', onsubmit: (e) => {
      e.preventDefault();
      loadAudit();
    } },
    field('actor'),
    h('label', { for: 'audit-method', dataset: { i18n: 'audit.filter.method' } }),
    h('select', { id: 'audit-method', name: 'method' },
      h('option', { value: '', dataset: { i18n: 'audit.filter.anyMethod' } }), METHODS.map((m) => h('option', { value: m }, m))),
    field('path'), field('reason'), field('from', { type: 'date' }), field('to', { type: 'date' }),
    h('button', { type: 'submit', dataset: { i18n: 'audit.search' } })),
    statusLine('audit-status'), h('div', { id: 'audit-detail' }));
}

function reset() {
  state.audit = null;
  $('audit-filter').reset();
  $('audit-detail').replaceChildren();
}

/** The filters as the gateway takes them: days in the browser's zone, from the first day's start to the last day's end. */
function query() {
  const value = (name) => $(`audit-${name}`).value.trim();
  const params = new URLSearchParams({ limit: '100' });
  for (const name of ['actor', 'method', 'path', 'reason']) {
    if (value(name)) params.set(name, value(name));
  }
  const dayStart = (day) => new Date(`${day}T00:00:00`).toISOString();
  if (value('from')) params.set('from', dayStart(value('from')));
  if (value('to')) params.set('to', dayStart(plusDays(value('to'), 1)));
  return params;
}

async function loadAudit() {
  const read = (state.reads += 1);
  $('audit-status').textContent = t('app.loading');
  try {
    const entries = await get(`/api/v1/admin/audit?${query()}`);
    if (read !== state.reads) return;
    state.audit = entries;
    $('audit-status').textContent = '';
  } catch (error) {
    if (read !== state.reads) return;
    state.audit = null;
    $('audit-status').textContent = problemText(error);
  }
  $('audit-detail').replaceChildren(tableOrNone('audit', ['at', 'actor', 'request', 'reason', 'status'],
    (state.audit || []).map((e) => [when(e.at), e.actor, `${e.method} ${e.path}`, text(e.reason), text(e.status)])));
}

export default {
  name: 'audit', label: 'nav.audit', roles: ADMINS, build, show: loadAudit, reset,
};

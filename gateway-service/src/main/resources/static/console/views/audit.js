// The gateway's audit log for admins: who changed what, when, why and with what answer.
import { get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { $, ADMINS, h, problemText, screen, statusLine, tableOrNone, text, when } from '../dom.js';
import labels from './audit-labels.js';

addLabels(labels);

const state = { audit: null };

function build() {
  return screen('audit', statusLine('audit-status'), h('div', { id: 'audit-detail' }));
}

function reset() {
  state.audit = null;
  $('audit-detail').replaceChildren();
}

async function loadAudit() {
  $('audit-status').textContent = t('app.loading');
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

export default {
  name: 'audit', label: 'nav.audit', roles: ADMINS, build, show: loadAudit, reset,
};

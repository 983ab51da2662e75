// Partners for admins (viewers read): the partner platforms and merchants, their API keys (never a
// secret: a new key is shown once, in a dialog, and forgotten when it closes), rotation and
// revocation with a reason, and each partner's webhook endpoint with its latest deliveries.
import { call, get } from '../api.js';
import { addLabels, t } from '../i18n.js';
import { $, ADMINS, h, may, notice, problemText, screen, statusLine, table, tableOrNone, text, when } from '../dom.js';
import labels from './partners-labels.js';

addLabels(labels);

const SCOPES = {
  PLATFORM: ['checkout:write', 'orders:read', 'funding:read'],
  MERCHANT: ['merchant:sales', 'merchant:loans'],
};
const OVERLAPS = ['PT0S', 'PT1H', 'PT24H', 'P7D'];
const state = { partners: null, webhooks: null, message: null, pending: null };

function build() {
  return screen('partners', statusLine('partners-status'),
    h('div', { id: 'partners-detail' }),
    h('dialog', { id: 'key-shown', 'aria-labelledby': 'key-shown-title' }));
}

function reset() {
  Object.assign(state, { partners: null, webhooks: null, message: null, pending: null });
  $('partners-detail').replaceChildren();
  forgetShownKey();
}

async function load() {
  $('partners-status').textContent = t('app.loading');
  try {
    [state.partners, state.webhooks] = await Promise.all([
      get('/api/v1/admin/partners'), get('/api/v1/admin/partner-webhooks?deliveries=5')]);
    $('partners-status').textContent = '';
  } catch (error) {
    $('partners-status').textContent = problemText(error);
  }
  render();
}

function render() {
  const admin = may(ADMINS);
  $('partners-detail').replaceChildren(h('div', {},
    notice(state.message, 'partners-message'),
    admin ? registerCard() : null,
    h('h3', {}, t('partners.list')),
    (state.partners || []).length === 0 ? h('p', { class: 'empty' }, t('partners.none'))
      : state.partners.map((p) => partnerCard(p, admin)),
    h('h3', {}, t('webhooks.title')),
    (state.webhooks || []).length === 0 ? h('p', { class: 'empty' }, t('webhooks.none'))
      : state.webhooks.map(webhookCard)));
}

function registerCard() {
  return h('form', { id: 'partner-form', class: 'card inline', onsubmit: register },
    h('label', { for: 'partner-name' }, t('partners.name')),
    h('input', { id: 'partner-name', name: 'partnerName', required: true, maxlength: '200' }),
    h('label', { for: 'partner-merchant' }, t('partners.merchantId')),
    h('input', { id: 'partner-merchant', name: 'merchantId', pattern: '[a-z0-9][a-z0-9-]{1,38}[a-z0-9]' }),
    h('label', { for: 'partner-reason' }, t('partners.reason')),
    h('input', { id: 'partner-reason', name: 'reason', required: true, maxlength: '500' }),
    h('button', { type: 'submit' }, t('partners.register')));
}

function partnerCard(p, admin) {
  return h('section', { class: 'card', dataset: { partner: p.partnerId }, 'aria-labelledby': `partner-${p.partnerId}` },
    h('h4', { id: `partner-${p.partnerId}` }, `${p.name} · ${p.partnerId} `,
      h('span', { class: 'badge' }, t(`partnerKind.${p.kind}`))),
    p.keys.length === 0 ? h('p', { class: 'empty' }, t('partnerKeys.none'))
      : table(t('partnerKeys.title', p.name), ['keyId', 'scopes', 'perMinute', 'createdAt', 'expiresAt', 'status',
        ...(admin ? ['actions'] : [])].map((c) => `partnerKeys.${c}`), p.keys.map((k) => keyRow(p, k, admin)), 'keys'),
    admin && state.pending && state.pending.partnerId === p.partnerId ? pendingForm(state.pending) : null,
    admin ? issueForm(p) : null);
}

function keyRow(p, k, admin) {
  const status = k.revokedAt ? t('partnerKeys.revoked', when(k.revokedAt))
    : k.valid ? t('partnerKeys.valid') : t('partnerKeys.lapsed');
  const action = (kind) => h('button', { type: 'button', class: 'small secondary', dataset: { test: kind },
    onclick: () => { state.pending = { kind, partnerId: p.partnerId, keyId: k.keyId }; render(); } }, t(`partnerKeys.${kind}`));
  return [h('code', { dataset: { test: 'key-id' } }, k.keyId), k.scopes.join(' '), k.requestsPerMinute,
    when(k.createdAt), when(k.expiresAt), h('span', { dataset: { test: 'key-status' } }, status),
    ...(admin ? [h('span', { class: 'actions' }, k.valid ? [action('rotate'), action('revoke')] : null)] : [])];
}

/** The reason (and for a rotation, the overlap) asked before a key is rotated or revoked. */
function pendingForm(pending) {
  const rotate = pending.kind === 'rotate';
  return h('form', { id: 'key-change-form', class: 'inline', onsubmit: changeKey },
    h('span', {}, t(rotate ? 'partnerKeys.rotating' : 'partnerKeys.revoking', pending.keyId)),
    rotate ? [h('label', { for: 'key-overlap' }, t('partnerKeys.overlap')),
      h('select', { id: 'key-overlap', name: 'overlap' },
        OVERLAPS.map((o) => h('option', { value: o, selected: o === 'PT24H' }, t(`keyOverlap.${o}`))))] : null,
    h('label', { for: 'key-change-reason' }, t('partners.reason')),
    h('input', { id: 'key-change-reason', name: 'reason', required: true, maxlength: '500' }),
    h('button', { type: 'submit' }, t(rotate ? 'partnerKeys.rotate' : 'partnerKeys.revoke')),
    h('button', { type: 'button', class: 'secondary', onclick: () => { state.pending = null; render(); } },
      t('partners.cancel')));
}

function issueForm(p) {
  const id = (name) => `issue-${name}-${p.partnerId}`;
  return h('form', { class: 'issue-key inline', dataset: { test: 'issue-key' }, onsubmit: (e) => issue(e, p) },
    h('fieldset', { class: 'scopes' }, h('legend', {}, t('partnerKeys.scopes')),
      SCOPES[p.kind].map((s) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: 'scope', value: s, dataset: { test: `scope-${s}` } }), ' ', s))),
    h('label', { for: id('rate') }, t('partnerKeys.perMinute')),
    h('input', { id: id('rate'), name: 'rate', required: true, inputmode: 'numeric', pattern: '\\d{1,6}', value: '60' }),
    h('label', { for: id('reason') }, t('partners.reason')),
    h('input', { id: id('reason'), name: 'reason', required: true, maxlength: '500' }),
    h('button', { type: 'submit' }, t('partnerKeys.issue')));
}

function webhookCard({ webhook: w, latestDeliveries }) {
  return h('section', { class: 'card', dataset: { webhook: w.partnerId } },
    h('h4', {}, `${w.partnerId} · `, h('code', {}, w.url), ' ', h('span', { class: 'badge' }, w.status)),
    h('p', { class: 'hint' }, t('webhooks.health', w.pendingDeliveries, w.retryingDeliveries, w.failedDeliveries,
      when(w.lastDeliveredAt), when(w.secretIssuedAt))),
    tableOrNone('deliveries', ['createdAt', 'type', 'status', 'attempts', 'lastAttemptAt', 'lastOutcome', 'nextAttemptAt'],
      latestDeliveries.map((d) => [when(d.createdAt), d.type, d.status, d.attempts, when(d.lastAttemptAt),
        text(d.lastOutcome), when(d.nextAttemptAt)])));
}

/** Runs an admin change, says how it went and reads the partners again. */
async function change(attempt, done) {
  try {
    state.message = { ok: true, text: done(await attempt()) };
    state.pending = null;
  } catch (error) {
    state.message = { ok: false, text: problemText(error) };
  }
  await load();
}

function register(event) {
  event.preventDefault();
  const form = event.target;
  const merchantId = form.merchantId.value.trim();
  return change(() => call('POST', '/api/v1/admin/partners', {
    body: { name: form.partnerName.value.trim(), merchantId: merchantId || null }, reason: form.reason.value.trim(),
  }), (p) => t('partners.registered', p.name, p.partnerId));
}

const keysPath = (partnerId) => `/api/v1/admin/partners/${encodeURIComponent(partnerId)}/keys`;

function issue(event, p) {
  event.preventDefault();
  const form = event.target;
  const scopes = [...form.querySelectorAll('input[name=scope]:checked')].map((c) => c.value);
  if (scopes.length === 0) {
    state.message = { ok: false, text: t('partnerKeys.noScope') };
    render();
    return null;
  }
  return change(() => call('POST', keysPath(p.partnerId), {
    body: { scopes, requestsPerMinute: Number(form.rate.value) }, reason: form.reason.value.trim(),
  }).then((issued) => showKeyOnce(p.partnerId, issued)), (issued) => t('partnerKeys.issued', issued.key.keyId));
}

function changeKey(event) {
  event.preventDefault();
  const form = event.target;
  const { kind, partnerId, keyId } = state.pending;
  const path = `${keysPath(partnerId)}/${encodeURIComponent(keyId)}`;
  const reason = form.reason.value.trim();
  if (kind === 'rotate') {
    return change(() => call('POST', `${path}/rotation`, { body: { overlap: form.overlap.value }, reason })
      .then((issued) => showKeyOnce(partnerId, issued)), (issued) => t('partnerKeys.rotated', keyId, issued.key.keyId));
  }
  return change(() => call('POST', `${path}/revocation`, { reason }), () => t('partnerKeys.revokedDone', keyId));
}

/** The one time a key's secret is on screen: a modal dialog, emptied when it closes. */
function showKeyOnce(partnerId, issued) {
  const dialog = $('key-shown');
  const copied = h('p', { id: 'key-copied', class: 'ok', role: 'status' });
  dialog.replaceChildren(
    h('h3', { id: 'key-shown-title' }, t('keyShown.title', partnerId)),
    h('p', { class: 'error' }, t('keyShown.warning')),
    h('input', { id: 'key-secret', readonly: true, value: issued.apiKey, 'aria-label': t('keyShown.key') }),
    h('p', {},
      h('button', { type: 'button', id: 'key-copy', onclick: () => copy(issued.apiKey, copied) }, t('keyShown.copy')), ' ',
      h('button', { type: 'button', id: 'key-done', class: 'secondary', onclick: forgetShownKey }, t('keyShown.done'))),
    copied);
  dialog.onclose = forgetShownKey;
  dialog.showModal();
  return issued;
}

async function copy(secret, copied) {
  try {
    await navigator.clipboard.writeText(secret);
    copied.textContent = t('keyShown.copied');
  } catch {
    $('key-secret').select();
    copied.textContent = t('keyShown.selected');
  }
}

function forgetShownKey() {
  const dialog = $('key-shown');
  if (dialog.open) dialog.close();
  dialog.replaceChildren();
}

export default {
  name: 'partners', label: 'nav.partners', roles: ['ADMIN', 'VIEWER'], build, show: load, reset,
};

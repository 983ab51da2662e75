// What every screen of the console builds with: elements, figures, tables, roles and messages.
import { ApiError, session } from './api.js';
import { language, t } from './i18n.js';

export const STAFF = ['ADMIN', 'CREDIT_OFFICER', 'COLLECTOR', 'VIEWER'];
export const OFFICERS = ['CREDIT_OFFICER', 'ADMIN'];
export const COLLECTORS = ['COLLECTOR', 'ADMIN'];
export const ADMINS = ['ADMIN'];

export const $ = (id) => document.getElementById(id);

/**
 * An element with attributes and children (text never parsed as HTML). A `dataset` attribute
 * sets data-*; `dataset: { i18n: key }` makes the header's language switch translate the text.
 */
export function h(tag, attrs = {}, ...children) {
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

export function money(m) {
  if (!m) return '—';
  const locale = language() === 'zh' ? 'zh-CN' : 'en-GB';
  return new Intl.NumberFormat(locale, {
    style: 'currency', currency: m.currency || 'CNY', currencyDisplay: 'narrowSymbol',
  }).format(m.amount);
}

export function when(instant) {
  if (!instant) return '—';
  return new Date(instant).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB');
}

export const text = (value) => (value === undefined || value === null || value === '' ? '—' : String(value));

export function may(roles) {
  const current = session();
  return !!current && current.roles.some((r) => roles.includes(r));
}

/** The signed-in staff member's name as the services record it ('colin' for the subject 'staff:colin'). */
export function me() {
  const current = session();
  return current ? String(current.user).replace(/^staff:/, '') : null;
}

export function problemText(error) {
  if (error instanceof ApiError && error.status === 403) return t('error.forbidden');
  if (error instanceof ApiError) return `${t('error.generic', error.status)} ${error.message}`;
  return t('error.generic', error.message);
}

/** An outcome line ({ ok, text }) under a form: a status when it went well, an alert when not. */
export function notice(message, id) {
  return message
    ? h('p', { class: message.ok ? 'ok' : 'error', role: message.ok ? 'status' : 'alert', id }, message.text)
    : null;
}

/** Term and value pairs ([labelKey, value]) as a definition list. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
}

/** A table; its caption for screen readers only unless shown (when no heading says the same). */
export function table(caption, columns, rows, testId, showCaption = false) {
  return h('table', { dataset: { test: testId } },
    h('caption', { class: showCaption ? null : 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))));
}

/** The rows as a table (labels and test id from the prefix: 'cases' gives cases.title, cases.status...), or "none". */
export function tableOrNone(prefix, columns, rows) {
  return rows.length === 0
    ? h('p', { class: 'empty' }, t(`${prefix}.none`))
    : table(t(`${prefix}.title`), columns.map((c) => `${prefix}.${c}`), rows, prefix);
}

export function plusDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A screen's section as the shell shows it: hidden until chosen, its heading translated. */
export function screen(name, ...children) {
  return h('section', { id: `view-${name}`, hidden: true, 'aria-labelledby': `${name}-title` },
    h('h2', { id: `${name}-title`, dataset: { i18n: `${name}.title` } }), ...children);
}

/** A card of a screen: a section labelled by its heading (whose id is `<id>-title`). */
export function card(id, title, ...children) {
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, title), ...children);
}

/** A status line for a screen's loading and failures (announced politely). */
export const statusLine = (id) => h('p', { id, class: 'status', role: 'status', 'aria-live': 'polite' });

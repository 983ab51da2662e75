// The operations console's shell: sign-in, the language, and navigation by role between the
// screens (each in views/, with its own labels). Plain ES modules, no build step; every figure
// comes from the platform's public API through the gateway.
import { ApiError, session, signIn, signOut } from './api.js';
import { language, setLanguage, t, translate } from './i18n.js';
import { $, h, may, problemText } from './dom.js';
import customer from './views/customer.js';
import queue from './views/queue.js';
import audit from './views/audit.js';

/** The screens in navigation order; each shows only to the roles it names. */
const SCREENS = [customer, queue, audit];

function render() {
  translate(document);
  $('lang').value = language();
  const current = session();
  $('signin').hidden = !!current;
  $('nav').hidden = !current;
  $('signout').hidden = !current;
  $('who').hidden = !current;
  if (!current) {
    showScreen(null);
    return;
  }
  $('who').textContent = t('user.signedInAs',
    `${current.user} (${current.roles.map((r) => t(`role.${r}`)).join(', ')})`);
  const open = SCREENS.filter((s) => may(s.roles));
  document.querySelectorAll('#nav li[data-view]').forEach((li) => {
    li.hidden = !open.some((s) => s.name === li.dataset.view);
  });
  const wanted = (location.hash || `#${open[0].name}`).slice(1);
  showScreen((open.find((s) => s.name === wanted) || open[0]).name);
}

function showScreen(name) {
  for (const s of SCREENS) {
    $(`view-${s.name}`).hidden = s.name !== name;
  }
  document.querySelectorAll('#nav a[data-view]').forEach((a) => {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const chosen = SCREENS.find((s) => s.name === name);
  if (chosen) chosen.show();
}

function start() {
  $('nav-list').replaceChildren(...SCREENS.map((s) => h('li', { dataset: { view: s.name } },
    h('a', { href: `#${s.name}`, dataset: { view: s.name, i18n: s.label } }))));
  $('main').append(...SCREENS.map((s) => s.build()));
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
    SCREENS.forEach((s) => s.reset());
    location.hash = '';
    render();
  });
  window.addEventListener('hashchange', render);
  render();
}

start();

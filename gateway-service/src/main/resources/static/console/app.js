// The operations console's shell: sign-in, the language, and navigation by role between the
// screens (each in views/, with its own labels). Plain ES modules, no build step; every figure
// comes from the platform's public API through the gateway.
import {
  ApiError, completeProviderSignIn, session, signIn, signInMethod, signInWithProvider, signOut,
} from './api.js';
import { language, setLanguage, t, translate } from './i18n.js';
import { $, h, may, problemText } from './dom.js';
import customer from './views/customer.js';
import dashboard from './views/dashboard.js';
import queue from './views/queue.js';
import reviews from './views/reviews.js';
import operations from './views/operations.js';
import audit from './views/audit.js';
import partners from './views/partners.js';
import funding from './views/funding.js';

/** The screens in navigation order; each shows only to the roles it names. */
const SCREENS = [customer, dashboard, queue, reviews, operations, audit, partners, funding];

function render() {
  translate(document);
  $('lang').value = language();
  const current = session();
  $('signin').hidden = !!current;
  $('nav').hidden = !current;
  $('signout').hidden = !current;
  $('who').hidden = !current;
  const provider = $('signin-provider-button');
  provider.textContent = t('signin.provider', provider.dataset.name || '');
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
    await signingIn(() => signIn($('username').value.trim(), $('password').value), t('signin.failed'));
    $('password').value = '';
  });
  $('signout').addEventListener('click', () => {
    signOut();
    SCREENS.forEach((s) => s.reset());
    location.hash = '';
    render();
  });
  window.addEventListener('hashchange', render);
  render();
  offerSignIn();
}

/** Signs in (with a password, or back from the identity provider) and says why not when it fails. */
async function signingIn(attempt, refused) {
  const error = $('signin-error');
  error.hidden = true;
  try {
    if (await attempt()) {
      render();
      $('main').focus();
    }
  } catch (failure) {
    error.textContent = refused && failure instanceof ApiError && failure.status === 401
      ? refused : problemText(failure);
    error.hidden = false;
  }
}

/** The password form for the local issuer, or the button to the identity provider when one is set. */
async function offerSignIn() {
  let method;
  try {
    method = await signInMethod();
  } catch (failure) {
    method = { method: 'PASSWORD' };
  }
  const provider = method.method === 'AUTHORIZATION_CODE';
  $('signin-form').hidden = provider;
  $('signin-provider').hidden = !provider;
  if (provider) {
    const button = $('signin-provider-button');
    button.dataset.name = method.name;
    button.textContent = t('signin.provider', method.name);
    button.onclick = () => signingIn(() => signInWithProvider(method).then(() => null));
    await signingIn(completeProviderSignIn);
  }
}

start();

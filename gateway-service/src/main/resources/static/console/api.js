// The platform's public API through this gateway, with the staff member's bearer token (kept in
// sessionStorage for the tab's life). The token's claims give the user's name and roles.

const TOKEN = 'creditline.console.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function session() {
  const token = sessionStorage.getItem(TOKEN);
  if (!token) {
    return null;
  }
  const claims = claimsOf(token);
  if (!claims || (claims.exp && claims.exp * 1000 <= Date.now())) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  const roles = Array.isArray(claims.roles) ? claims.roles : String(claims.roles || '').split(/[ ,]+/).filter(Boolean);
  return { user: claims.sub, roles, token };
}

function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** Asks a token endpoint (the local issuer's or the identity provider's) for a token and keeps it for the tab. */
async function takeToken(endpoint, form) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  sessionStorage.setItem(TOKEN, (await response.json()).access_token);
  return session();
}

export function signIn(username, password) {
  return takeToken('/oauth2/token', { grant_type: 'password', username, password });
}

/** How staff sign in here: { method: 'PASSWORD' } or the identity provider's issuer and client id. */
export function signInMethod() {
  return get('/console/sign-in');
}

const PENDING = 'creditline.console.pending-sign-in';
const redirectUri = () => `${location.origin}${location.pathname}`;

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomText = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

/**
 * Sends the browser to the identity provider (authorisation code with PKCE: the page keeps a
 * random verifier for this tab and sends only its SHA-256, so a code caught on the way back is
 * useless to anyone else; the state ties the answer to this request).
 */
export async function signInWithProvider(provider) {
  const discovery = await fetch(`${provider.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
    .then((r) => (r.ok ? r.json() : Promise.reject(new ApiError(r.status, null))));
  const verifier = randomText();
  const state = randomText();
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({
    verifier, state, tokenEndpoint: discovery.token_endpoint, clientId: provider.clientId,
  }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    scope: provider.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(`${discovery.authorization_endpoint}?${query}`);
}

/**
 * On the way back from the identity provider (?code=...&state=...): exchanges the code for the
 * token, forgets the verifier and takes the code out of the address bar. Null when the page was
 * not opened by the provider.
 */
export async function completeProviderSignIn() {
  const answer = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!pending || !(answer.has('code') || answer.has('error'))) {
    return null;
  }
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', redirectUri() + location.hash);
  if (answer.get('state') !== pending.state) {
    throw new ApiError(401, { detail: 'The identity provider answered a sign-in this page did not start.' });
  }
  if (answer.has('error')) {
    throw new ApiError(401, { detail: answer.get('error_description') || answer.get('error') });
  }
  return takeToken(pending.tokenEndpoint, {
    grant_type: 'authorization_code',
    code: answer.get('code'),
    redirect_uri: redirectUri(),
    client_id: pending.clientId,
    code_verifier: pending.verifier,
  });
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Audit-Reason is a header, and a header carries only Latin-1: other text (a Chinese reason) goes
 * as RFC 8187's UTF-8'' and the percent-encoded text, which the gateway's audit decodes.
 */
function headerSafe(reason) {
  return /^[\x20-\x7e]*$/.test(reason) ? reason : `UTF-8''${encodeURIComponent(reason)}`;
}

/**
 * Calls the API. `reason` goes as the Audit-Reason header; `idempotent` sends a new random
 * Idempotency-Key, so that a POST which moves money or a line takes effect once even if the
 * network repeats it.
 */
export async function call(method, path, { body, reason, idempotent } = {}) {
  const current = session();
  const headers = { Accept: 'application/json' };
  if (current) {
    headers.Authorization = `Bearer ${current.token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (reason !== undefined) {
    headers['Audit-Reason'] = headerSafe(reason);
  }
  if (idempotent) {
    headers['Idempotency-Key'] = randomText();
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.status === 204 ? null : response.json();
}

export const get = (path) => call('GET', path);

/** Records the customer's promise to pay an amount (CNY) by a date on a collections case; the promise as kept. */
export function takePromise(caseId, promisedDate, amount) {
  return call('POST', `/api/v1/collections/cases/${encodeURIComponent(caseId)}/promises`, {
    body: { promisedDate, amount: { amount, currency: 'CNY' } },
    idempotent: true,
  });
}

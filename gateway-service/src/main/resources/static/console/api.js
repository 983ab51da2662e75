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

export async function signIn(username, password) {
  const response = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  const answer = await response.json();
  sessionStorage.setItem(TOKEN, answer.access_token);
  return session();
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

export async function call(method, path, { body, reason } = {}) {
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

/* Shared by the agent and editor consoles, loaded before each console's own script: server calls and the sign-in form. */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);

  /** A JSON call with the session cookie and, for changes, the CSRF header. Never throws: a network failure is status 0. */
  async function api(method, path, body, csrf, networkMessage) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') Object.assign(headers, { 'Content-Type': 'application/json', 'X-Loket-Csrf': csrf });
    try {
      const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
      const data = await response.json().catch(() => null);
      return { status: response.status, ok: response.ok, body: data };
    } catch {
      return { status: 0, ok: false, body: { error: { message: networkMessage } } };
    }
  }

  /** The server's message for a failed call, else the fallback. */
  const errorOf = (result, fallback) => (result.body && result.body.error && result.body.error.message) || fallback;

  /** Shows the sign-in form (with a reason, such as an expired session) instead of the console. */
  function showSignInForm(message) {
    $('booting').hidden = true;
    $('console').hidden = true;
    $('sign-in').hidden = false;
    $('login-error').textContent = message || '';
    $('login-password').value = '';
    $('login-name').focus();
  }

  /** Submits the sign-in form to `sessionPath`; resolves with the session, or undefined after showing why not. */
  async function submitSignIn(event, sessionPath, texts) {
    event.preventDefault();
    const name = $('login-name').value.trim();
    const password = $('login-password').value;
    if (!name || !password) {
      $('login-error').textContent = texts.fillIn;
      return undefined;
    }
    const submit = $('login').querySelector('button[type=submit]');
    submit.disabled = true;
    const result = await api('POST', sessionPath, { name, password }, '', texts.network);
    submit.disabled = false;
    if (result.ok) return result.body;
    $('login-error').textContent = errorOf(result, texts.signInFailed);
    $('login-password').value = '';
    $('login-password').focus();
    return undefined;
  }

  /** Single sign-on: the link under the sign-in form shows only when the server has it switched on. */
  async function showSingleSignOn() {
    try {
      const response = await fetch('/auth/oidc/status', { credentials: 'same-origin' });
      const body = response.status === 200 ? await response.json() : null;
      $('sso').hidden = !(body && body.enabled === true);
    } catch {
      $('sso').hidden = true;
    }
  }

  window.LoketConsole = { api, errorOf, showSignInForm, submitSignIn, showSingleSignOn };
})();

/* Shared by the agent and editor consoles, loaded before each console's own script: server calls and the sign-in form. */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);

  // The sign-in wording both consoles show.
  const SIGN_IN_TEXT = {
    signedOut: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
    signInFailed: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
    fillIn: 'Vul uw naam en wachtwoord in.',
    network: 'Geen verbinding met de server. Probeer het opnieuw.',
  };

  /** An element with a class and text; text always goes in as text, never as markup. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

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

  /**
   * The session's life, the same in both consoles: resume a session or show the
   * sign-in form, sign in, sign out, and back to the form when a session is lost.
   * `start(session)` and `stop()` do what is particular to one console; `call`
   * is that console's own server call (it knows the CSRF token).
   */
  function sessionLifecycle({ sessionPath, nameId, call, errorText, start, stop }) {
    function showForm(message) {
      stop();
      showSignInForm(message);
    }

    function open(session) {
      $('booting').hidden = true;
      $('sign-in').hidden = true;
      $('console').hidden = false;
      $(nameId).textContent = session.agent.displayName || session.agent.name;
      $('login-error').textContent = '';
      start(session);
      $('console-title').focus();
    }

    function bind() {
      $('login').addEventListener('submit', async (event) => {
        const session = await submitSignIn(event, sessionPath, SIGN_IN_TEXT);
        if (session) open(session);
      });
      $('sign-out').addEventListener('click', async () => {
        await call('DELETE', sessionPath);
        showForm('');
      });
    }

    async function resume() {
      showSingleSignOn();
      const result = await call('GET', sessionPath);
      if (result.ok) open(result.body);
      else showForm(result.status === 401 ? '' : errorOf(result, errorText));
    }

    return { bind, resume, expired: () => showForm(SIGN_IN_TEXT.signedOut) };
  }

  window.LoketConsole = { api, el, errorOf, sessionLifecycle, networkText: SIGN_IN_TEXT.network };
})();

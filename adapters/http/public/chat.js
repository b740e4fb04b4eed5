/* Loket chat page: Web Chat over Loket's own Direct Line-compatible transport. No inline scripts (CSP). */
(function () {
  'use strict';

  var TEXT = {
    nl: {
      skip: 'Direct naar de chat',
      title: 'Digitale assistent',
      organisation: 'Gemeente Lindewijk',
      noticeTitle: 'U praat met een bot',
      noticeBot:
        'Deze assistent is een computerprogramma, geen mens. Het antwoordt alleen met informatie van de website van de gemeente en laat altijd zien waar het antwoord staat.',
      privacyTitle: 'Wat doen we met uw berichten?',
      privacyText:
        'We halen persoonsgegevens zoals uw BSN, telefoonnummer of e-mailadres uit uw berichten voordat we iets opslaan. Uw gesprek blijft {hours} uur bewaard zodat u het terugziet als u deze pagina opnieuw laadt. Daarna wordt het verwijderd. Deel geen persoonlijke gegevens in deze chat.',
      urgent: 'Spoed of gevaar? Bel 112. Deze chat is niet voor noodgevallen.',
      chatLabel: 'Chat met de digitale assistent',
      loading: 'De chat wordt geladen…',
      failed: 'De chat kon niet starten. Probeer het later opnieuw of bel 14 0456.',
      toggle: 'English',
      toggleLabel: 'Switch to English',
      placeholder: 'Typ uw vraag…',
    },
    en: {
      skip: 'Skip to the chat',
      title: 'Digital assistant',
      organisation: 'Municipality of Lindewijk',
      noticeTitle: 'You are talking to a bot',
      noticeBot:
        'This assistant is a computer program, not a person. It only answers with information from the municipality’s website and always shows where the answer comes from.',
      privacyTitle: 'What do we do with your messages?',
      privacyText:
        'We remove personal details such as your citizen service number (BSN), phone number or e-mail address from your messages before we store anything. Your conversation is kept for {hours} hours so you see it again when you reload this page. Then it is deleted. Please do not share personal details in this chat.',
      urgent: 'Emergency or danger? Call 112. This chat is not for emergencies.',
      chatLabel: 'Chat with the digital assistant',
      loading: 'Loading the chat…',
      failed: 'The chat could not start. Please try again later or call 14 0456.',
      toggle: 'Nederlands',
      toggleLabel: 'Schakel naar Nederlands',
      placeholder: 'Type your question…',
    },
  };
  var SESSION_KEY = 'loket.chat';
  var LANGUAGE_KEY = 'loket.language';
  var state = { lang: readLanguage(), session: null, directLine: null, store: null };

  function readLanguage() {
    try {
      var saved = window.localStorage.getItem(LANGUAGE_KEY);
      if (saved === 'en' || saved === 'nl') return saved;
    } catch {
      /* storage blocked: use the default */
    }
    return 'nl';
  }

  function t(key) {
    var hours = state.session && state.session.retentionHours ? String(state.session.retentionHours) : '24';
    return TEXT[state.lang][key].replace('{hours}', hours);
  }

  function applyTexts() {
    document.documentElement.lang = state.lang;
    document.title = t('title') + ' – ' + t('organisation');
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute('data-i18n'));
    var labelled = document.querySelectorAll('[data-i18n-label]');
    for (var j = 0; j < labelled.length; j++) labelled[j].setAttribute('aria-label', t(labelled[j].getAttribute('data-i18n-label')));
    var toggle = document.getElementById('language-toggle');
    toggle.textContent = t('toggle');
    toggle.setAttribute('aria-label', t('toggleLabel'));
    toggle.setAttribute('lang', state.lang === 'nl' ? 'en' : 'nl');
  }

  function savedSession() {
    try {
      var session = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      if (session && session.expiresAt > Date.now() + 60000) return session;
    } catch {
      /* unreadable: start a new conversation */
    }
    return null;
  }

  function newSession() {
    return fetch('/api/chat/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      })
      .then(function (grant) {
        var session = {
          token: grant.token,
          conversationId: grant.conversationId,
          userId: grant.userId,
          retentionHours: grant.retentionHours,
          expiresAt: Date.now() + grant.expires_in * 1000,
        };
        try {
          window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
        } catch {
          /* without storage a reload starts a new conversation */
        }
        return session;
      });
  }

  function styleOptions() {
    return {
      accent: '#154273',
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      bubbleBackground: '#f3f3f3',
      bubbleFromUserBackground: '#154273',
      bubbleFromUserTextColor: '#ffffff',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      hideUploadButton: true,
      sendBoxTextWrap: true,
      suggestedActionLayout: 'flow',
      suggestedActionBackgroundColor: '#ffffff',
      suggestedActionBorderColor: '#154273',
      suggestedActionTextColor: '#154273',
      botAvatarInitials: 'L',
      userAvatarInitials: state.lang === 'nl' ? 'U' : 'You',
      timestampColor: '#595959',
      subtle: '#595959',
    };
  }

  function render() {
    var host = document.getElementById('chat');
    window.WebChat.renderWebChat(
      {
        directLine: state.directLine,
        store: state.store,
        userID: state.session.userId,
        locale: state.lang === 'nl' ? 'nl-NL' : 'en-US',
        styleOptions: styleOptions(),
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: t('placeholder') },
      },
      host,
    );
  }

  /** What a citizen types is shown as typed, never as Markdown or HTML (also in their own bubble). */
  function plainCitizenText() {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity) {
          action.payload.activity.textFormat = 'plain';
        }
        return next(action);
      };
    };
  }

  function start() {
    applyTexts();
    var saved = savedSession();
    (saved ? Promise.resolve(saved) : newSession())
      .then(function (session) {
        state.session = session;
        applyTexts();
        var options = { token: session.token, domain: window.location.origin + '/v3/directline', webSocket: true };
        if (saved) options.conversationId = session.conversationId;
        state.directLine = window.WebChat.createDirectLine(options);
        state.store = window.WebChat.createStore({}, plainCitizenText);
        render();
      })
      .catch(function () {
        var host = document.getElementById('chat');
        host.innerHTML = '';
        var message = document.createElement('p');
        message.className = 'chat-error';
        message.setAttribute('role', 'alert');
        message.textContent = t('failed');
        host.appendChild(message);
      });
  }

  document.getElementById('language-toggle').addEventListener('click', function () {
    state.lang = state.lang === 'nl' ? 'en' : 'nl';
    try {
      window.localStorage.setItem(LANGUAGE_KEY, state.lang);
    } catch {
      /* the choice lasts for this page only */
    }
    applyTexts();
    if (state.directLine) render();
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

/* Loket agent console. No inline scripts (CSP); citizen, bot and agent text reaches the page through textContent only. */
(function () {
  'use strict';

  // Every visible string, so the console can be translated in one place.
  const TEXT = {
    reasons: {
      requested: 'Vraagt om medewerker',
      crisis: 'Crisis',
      'repeated-failure': 'Bot kwam er niet uit',
      'not-helpful': 'Antwoord niet nuttig',
      distress: 'Boos of van streek',
      'sensitive-topic': 'Gevoelig onderwerp',
      'bot-error': 'Fout in de bot',
      callback: 'Terugbelverzoek',
    },
    priorities: ['Crisis', 'Hoog', 'Normaal', 'Laag'],
    outcomes: [
      ['', 'Kies een uitkomst'],
      ['resolved', 'Opgelost'],
      ['referred', 'Doorverwezen'],
      ['callback', 'Terugbellen afgesproken'],
      ['no-response', 'Geen reactie van de burger'],
      ['other', 'Anders'],
    ],
    senders: { citizen: 'Burger', bot: 'Bot', agent: 'Medewerker', system: 'Systeem' },
    methods: { phone: 'Telefoon', email: 'E-mail' },
    langs: { nl: 'NL', en: 'EN' },
    priorityPrefix: 'Prioriteit: ',
    langPrefix: 'Taal: ',
    waitingPrefix: 'Wacht ',
    tooLong: 'Wacht te lang',
    claim: 'Oppakken',
    open: 'Openen',
    unread: 'Nieuw bericht',
    emptyQueue: 'Er wacht niemand.',
    emptyMine: 'U heeft geen open gesprekken.',
    toBot: 'Terug naar de bot',
    cannedPlaceholder: 'Kies een standaardantwoord',
    article: 'Artikel: ',
    offered: 'Aangeboden onderwerpen: ',
    conversation: 'Gesprek',
    since: 'In de wachtrij sinds ',
    online: (n) => (n === 1 ? '1 medewerker online' : n + ' medewerkers online'),
    unclaimed: (n, limit) => (n === 1 ? '1 gesprek wacht langer dan ' : n + ' gesprekken wachten langer dan ') + limit,
    minutes: (n) => (n === 1 ? '1 minuut' : n + ' minuten'),
    seconds: (n) => (n === 1 ? '1 seconde' : n + ' seconden'),
    connected: 'Verbonden',
    disconnected: 'Verbinding verbroken, opnieuw verbinden…',
    failed: 'Er ging iets mis. Probeer het opnieuw.',
    chooseOutcome: 'Kies eerst een uitkomst.',
    emptyReply: 'Typ eerst een bericht.',
    newQueueItem: 'Nieuw gesprek in de wachtrij: ',
    newCrisis: 'Nieuw crisisgesprek in de wachtrij!',
    transferredToMe: 'Er is een gesprek aan u overgedragen: ',
    citizenSays: 'Burger schrijft: ',
    citizenElsewhere: 'Nieuw bericht van een burger in een ander gesprek.',
    closedByMe: 'Dit gesprek is afgesloten.',
    backToBot: 'Het gesprek is teruggegeven aan de bot.',
    cancelled: 'De burger heeft het gesprek beëindigd.',
    transferredTo: (name) => 'Dit gesprek is overgedragen aan ' + name + '.',
    notYours: 'Dit gesprek is niet (meer) aan u toegewezen.',
  };
  const CONTROLS = ['reply', 'send', 'canned', 'insert-canned', 'transfer-to', 'transfer', 'outcome', 'close'];

  const state = {
    me: null,
    csrf: '',
    events: null,
    lost: false,
    clockOffset: 0,
    alertSeconds: 0,
    snapshot: null,
    seenQueued: null,
    seenMine: null,
    openId: '',
    open: null,
    messageIds: new Set(),
    unread: new Set(),
    claimed: new Set(),
    signatures: {},
    canned: [],
    timer: 0,
  };

  const $ = (id) => document.getElementById(id);

  const el = window.LoketConsole.el;

  /** A visible value with a label only screen readers hear ("Prioriteit: Crisis"). */
  function labelled(className, label, value) {
    const node = el('span', className);
    node.append(el('span', 'visually-hidden', label), document.createTextNode(value));
    return node;
  }

  const pad = (n) => (n < 10 ? '0' : '') + n;
  const mmss = (ms) => pad(Math.floor(Math.max(0, ms) / 60000)) + ':' + pad(Math.floor(Math.max(0, ms) / 1000) % 60);
  const clockTime = (ms) => new Date(ms).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  const limitText = (seconds) => (seconds % 60 === 0 ? TEXT.minutes(seconds / 60) : TEXT.seconds(seconds));
  const reasonLabel = (handover) => TEXT.reasons[handover.reason] || handover.reason;
  const isMine = (handover) => handover.status === 'assigned' && !!state.me && handover.agent === state.me.name;
  const itemSelector = (id) => 'li[data-handover-id="' + CSS.escape(id) + '"]';

  function announce(text) {
    const region = $('announcer');
    region.appendChild(el('p', '', text));
    while (region.childNodes.length > 5) region.firstChild.remove();
  }

  const showError = (message) => ($('error').textContent = message || '');

  // ---- server ----

  const api = (method, path, body) => window.LoketConsole.api(method, path, body, state.csrf, window.LoketConsole.networkText);
  const errorOf = (result, fallback) => window.LoketConsole.errorOf(result, fallback || TEXT.failed);

  /** Shows the server's message; a lost session sends the agent back to the sign-in form. */
  function handleFailure(result) {
    if (result.status === 401) signIn.expired();
    else showError(errorOf(result));
  }

  const handoverPath = (id, action) => '/api/agent/handovers/' + encodeURIComponent(id) + (action ? '/' + action : '');

  // ---- console lifecycle ----

  const signIn = window.LoketConsole.sessionLifecycle({
    sessionPath: '/api/agent/session',
    nameId: 'agent-name',
    call: api,
    errorText: TEXT.failed,
    start: startConsole,
    stop: stopConsole,
  });

  function startConsole(session) {
    state.me = session.agent;
    state.csrf = session.csrf;
    showError('');
    clearConversation();
    loadCanned();
    connect();
    api('GET', '/api/agent/queue').then((result) => result.ok && !state.snapshot && applySnapshot(result.body));
    state.timer = window.setInterval(updateWaits, 1000);
  }

  function stopConsole() {
    if (state.events) state.events.close();
    window.clearInterval(state.timer);
    Object.assign(state, { events: null, me: null, csrf: '', snapshot: null, seenQueued: null, seenMine: null, signatures: {} });
    state.unread.clear();
    state.claimed.clear();
    clearConversation();
  }

  function connect() {
    const events = new EventSource('/api/agent/events');
    state.events = events;
    events.addEventListener('open', onStreamOpen);
    events.addEventListener('error', onStreamError);
    events.addEventListener('queue', (event) => applySnapshot(JSON.parse(event.data)));
    events.addEventListener('message', (event) => onMessage(JSON.parse(event.data)));
    events.addEventListener('handover', (event) => onHandover(JSON.parse(event.data)));
  }

  function setStatus(lost) {
    state.lost = lost;
    $('status').textContent = lost ? TEXT.disconnected : TEXT.connected;
    $('status').classList.toggle('lost', lost);
  }

  function onStreamOpen() {
    const wasLost = state.lost;
    setStatus(false);
    // Messages sent while the stream was down never arrive as events: fetch the transcript again.
    if (wasLost && state.openId) loadConversation(state.openId, false);
  }

  /** EventSource retries by itself, except after a refusal (such as 401): then check the session and reconnect by hand. */
  function onStreamError() {
    const events = state.events;
    if (!events) return;
    setStatus(true);
    if (events.readyState !== EventSource.CLOSED) return;
    window.setTimeout(async () => {
      if (state.events !== events) return;
      const result = await api('GET', '/api/agent/session');
      if (state.events !== events) return;
      if (result.status === 401) signIn.expired();
      else connect();
    }, 3000);
  }

  async function loadCanned() {
    const result = await api('GET', '/api/agent/canned');
    state.canned = (result.ok && result.body && result.body.replies) || [];
    $('canned').replaceChildren(new Option(TEXT.cannedPlaceholder, ''), ...state.canned.map((reply, index) => new Option(reply.title, String(index))));
    $('canned-group').hidden = state.canned.length === 0;
  }

  // ---- queue and my conversations ----

  function applySnapshot(snapshot) {
    state.snapshot = snapshot;
    state.clockOffset = snapshot.now - Date.now();
    state.alertSeconds = snapshot.unclaimedAlertSeconds;
    const queued = snapshot.handovers.filter((handover) => handover.status === 'queued');
    const mine = snapshot.handovers.filter(isMine);
    announceArrivals(queued, mine);
    renderList($('queue'), queued, TEXT.emptyQueue, queueItem);
    renderList($('mine'), mine, TEXT.emptyMine, mineItem);
    $('queue-count').textContent = '(' + queued.length + ')';
    $('mine-count').textContent = '(' + mine.length + ')';
    $('online-count').textContent = TEXT.online(snapshot.agentsOnline.length);
    renderTransferOptions(snapshot.agentsOnline);
    updateWaits();
  }

  function announceArrivals(queued, mine) {
    if (state.seenQueued) {
      for (const handover of queued) {
        if (!state.seenQueued.has(handover.id)) announce(handover.priority === 0 ? TEXT.newCrisis : TEXT.newQueueItem + reasonLabel(handover));
      }
      for (const handover of mine) {
        if (!state.seenMine.has(handover.id) && !state.claimed.has(handover.id)) announce(TEXT.transferredToMe + reasonLabel(handover));
      }
    }
    state.seenQueued = new Set(queued.map((handover) => handover.id));
    state.seenMine = new Set(mine.map((handover) => handover.id));
  }

  /** Rebuilds a list only when it changed (a snapshot follows every chat message) and keeps focus on the same conversation. */
  function renderList(list, handovers, emptyText, render) {
    const signature = JSON.stringify(handovers) + (render === mineItem ? [...state.unread].join() + state.openId : '');
    if (state.signatures[list.id] === signature) return;
    state.signatures[list.id] = signature;
    const focused = list.contains(document.activeElement) ? document.activeElement.closest('li[data-handover-id]') : null;
    list.replaceChildren(...(handovers.length ? handovers.map(render) : [el('li', 'empty', emptyText)]));
    if (!focused) return;
    const button = list.querySelector(itemSelector(focused.getAttribute('data-handover-id')) + ' button');
    (button || list.closest('section').querySelector('h2')).focus();
  }

  function itemBase(handover) {
    const priority = Math.min(Math.max(handover.priority, 0), 3);
    const li = el('li', 'handover' + (priority === 0 ? ' crisis' : ''));
    li.setAttribute('data-handover-id', handover.id);
    li.setAttribute('data-created', String(handover.createdAt));
    const head = el('div', 'item-head');
    head.append(
      labelled('badge priority-' + priority, TEXT.priorityPrefix, TEXT.priorities[priority]),
      el('span', 'reason', reasonLabel(handover)),
      labelled('lang', TEXT.langPrefix, TEXT.langs[handover.lang] || handover.lang),
    );
    const question = el('p', 'first-question', handover.firstQuestion);
    question.title = handover.firstQuestion;
    li.append(head, question);
    return li;
  }

  function button(className, text) {
    const node = el('button', 'button ' + className, text);
    node.type = 'button';
    return node;
  }

  function queueItem(handover) {
    const li = itemBase(handover);
    const wait = labelled('wait', TEXT.waitingPrefix, '');
    wait.append(el('span', 'wait-time'), el('span', 'overdue-text'));
    li.querySelector('.item-head').appendChild(wait);
    li.appendChild(button('primary claim', TEXT.claim));
    return li;
  }

  function mineItem(handover) {
    const li = itemBase(handover);
    if (state.unread.has(handover.id)) li.appendChild(el('span', 'unread', TEXT.unread));
    li.appendChild(button('open', TEXT.open));
    if (handover.id === state.openId) li.setAttribute('aria-current', 'true');
    return li;
  }

  /** Every second: waiting times, "Wacht te lang" marks and the unclaimed banner, on the server's clock. */
  function updateWaits() {
    const now = Date.now() + state.clockOffset;
    const limit = state.alertSeconds * 1000;
    let overdue = 0;
    for (const li of $('queue').querySelectorAll('li[data-handover-id]')) {
      const waited = now - Number(li.getAttribute('data-created'));
      const late = limit > 0 && waited > limit;
      if (late) overdue++;
      li.classList.toggle('overdue', late);
      li.querySelector('.wait-time').textContent = mmss(waited);
      li.querySelector('.overdue-text').textContent = late ? ' – ' + TEXT.tooLong : '';
    }
    const banner = $('unclaimed-alert');
    const text = overdue > 0 ? TEXT.unclaimed(overdue, limitText(state.alertSeconds)) : '';
    // Only on change: a role="alert" speaks again whenever its text is rewritten.
    if (banner.textContent !== text) banner.textContent = text;
    banner.classList.toggle('active', overdue > 0);
  }

  function onQueueClick(event) {
    const claimButton = event.target.closest('button.claim');
    if (claimButton) claim(claimButton.closest('li').getAttribute('data-handover-id'), claimButton);
  }

  function onMineClick(event) {
    const li = event.target.closest('li[data-handover-id]');
    if (li) openConversation(li.getAttribute('data-handover-id'));
  }

  async function claim(id, claimButton) {
    claimButton.disabled = true;
    showError('');
    state.claimed.add(id);
    const result = await api('POST', handoverPath(id, 'claim'));
    claimButton.disabled = false;
    if (!result.ok) return handleFailure(result);
    renderConversation(result.body, true);
    $('conversation-title').focus();
  }

  // ---- the open conversation ----

  async function openConversation(id) {
    showError('');
    state.unread.delete(id);
    if (await loadConversation(id, true)) $('conversation-title').focus();
  }

  async function loadConversation(id, fresh) {
    state.openId = id;
    const result = await api('GET', handoverPath(id));
    if (state.openId !== id) return false;
    if (!result.ok) return void handleFailure(result);
    renderConversation(result.body, fresh);
    return true;
  }

  function clearConversation() {
    Object.assign(state, { openId: '', open: null, messageIds: new Set() });
    $('conversation').removeAttribute('data-handover-id');
    $('conversation').removeAttribute('data-status');
    $('conversation-body').hidden = true;
    $('conversation-empty').hidden = false;
    $('conversation-notice').textContent = '';
    $('conversation-title').textContent = TEXT.conversation;
    $('reply').value = '';
  }

  function renderConversation(detail, fresh) {
    const handover = detail.handover;
    Object.assign(state, { openId: handover.id, open: handover, messageIds: new Set() });
    state.unread.delete(handover.id);
    $('conversation').setAttribute('data-handover-id', handover.id);
    $('conversation-empty').hidden = true;
    $('conversation-body').hidden = false;
    if (fresh) {
      $('reply').value = '';
      $('outcome').value = '';
    }
    $('conversation-title').textContent = TEXT.conversation + ' – ' + reasonLabel(handover);
    $('conversation-meta').textContent = TEXT.langPrefix + (TEXT.langs[handover.lang] || handover.lang) + ' · ' + TEXT.since + clockTime(handover.createdAt);
    renderCallback(handover.callback);
    $('summary').replaceChildren(...(detail.summary || []).map((line) => el('li', '', line)));
    $('transcript').replaceChildren();
    detail.messages.forEach(appendMessage);
    applyStatus(handover, false);
    markOpenInMine();
  }

  function renderCallback(callback) {
    $('callback').hidden = !callback;
    if (!callback) return;
    $('callback-method').textContent = TEXT.methods[callback.method] || callback.method;
    $('callback-address').textContent = callback.address;
    $('callback-question').textContent = callback.question;
  }

  function markOpenInMine() {
    for (const li of $('mine').querySelectorAll('li[data-handover-id]')) {
      const open = li.getAttribute('data-handover-id') === state.openId;
      if (open) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
      if (open && li.querySelector('.unread')) li.querySelector('.unread').remove();
    }
  }

  function senderLabel(message) {
    if (message.from === 'agent') return TEXT.senders.agent + (message.agent ? ' ' + message.agent : '');
    return TEXT.senders[message.from] || message.from;
  }

  function appendMessage(message) {
    if (state.messageIds.has(message.id)) return;
    state.messageIds.add(message.id);
    const list = $('transcript');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    const li = el('li', 'message from-' + message.from);
    li.setAttribute('data-from', message.from);
    const meta = el('div', 'message-meta');
    const time = el('time', 'time', clockTime(message.at));
    time.dateTime = new Date(message.at).toISOString();
    meta.append(el('strong', 'sender', senderLabel(message)), time);
    if (message.from === 'bot' && message.kind) meta.appendChild(el('span', 'kind', message.kind));
    li.append(meta, el('p', 'text', message.text));
    if (message.from === 'bot' && message.articleTitle) li.appendChild(el('p', 'article', TEXT.article + message.articleTitle));
    if (message.from === 'bot' && message.offered && message.offered.length) li.appendChild(el('p', 'offered', TEXT.offered + message.offered.join(', ')));
    list.appendChild(li);
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function onMessage(data) {
    const message = data.message;
    if (data.handoverId === state.openId) {
      if (message.from === 'citizen' && !state.messageIds.has(message.id)) announce(TEXT.citizenSays + message.text);
      return appendMessage(message);
    }
    const mine = state.snapshot && state.snapshot.handovers.some((handover) => handover.id === data.handoverId && isMine(handover));
    if (!mine || message.from !== 'citizen') return;
    state.unread.add(data.handoverId);
    announce(TEXT.citizenElsewhere);
    const li = $('mine').querySelector(itemSelector(data.handoverId));
    if (li && !li.querySelector('.unread')) li.insertBefore(el('span', 'unread', TEXT.unread), li.querySelector('button'));
  }

  function onHandover(handover) {
    if (handover.id !== state.openId) return;
    const was = state.open;
    state.open = handover;
    applyStatus(handover, !was || was.status !== handover.status || was.agent !== handover.agent);
  }

  /** The composer and actions work only while the open conversation is assigned to me; otherwise a notice says why. */
  function applyStatus(handover, changed) {
    const active = isMine(handover);
    $('conversation').setAttribute('data-status', handover.status);
    for (const id of CONTROLS) $(id).disabled = !active;
    const notice = active ? '' : endNotice(handover);
    if ($('conversation-notice').textContent !== notice) $('conversation-notice').textContent = notice;
    if (active) return;
    $('reply').value = '';
    if (changed && $('conversation').contains(document.activeElement)) $('conversation-title').focus();
  }

  function endNotice(handover) {
    if (handover.status === 'cancelled') return TEXT.cancelled;
    if (handover.status === 'closed') return handover.outcome === 'back-to-bot' ? TEXT.backToBot : TEXT.closedByMe;
    if (handover.status === 'assigned') return TEXT.transferredTo(handover.agentName || handover.agent);
    return TEXT.notYours;
  }

  // ---- composer and actions ----

  function onReplyKey(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  }

  async function send() {
    const id = state.openId;
    const text = $('reply').value.trim();
    if (!id || $('send').disabled) return;
    if (!text) return showError(TEXT.emptyReply);
    $('send').disabled = true;
    showError('');
    const result = await api('POST', handoverPath(id, 'messages'), { text });
    $('send').disabled = !(state.open && isMine(state.open));
    if (!result.ok) return handleFailure(result);
    if (state.openId !== id) return;
    appendMessage(result.body.message);
    $('reply').value = '';
    $('reply').focus();
  }

  function insertCanned() {
    const reply = state.canned[Number($('canned').value)];
    if (!$('canned').value || !reply) return;
    const box = $('reply');
    const start = box.selectionStart;
    box.value = box.value.slice(0, start) + reply.text + box.value.slice(box.selectionEnd);
    box.focus();
    box.selectionStart = box.selectionEnd = start + reply.text.length;
    $('canned').value = '';
  }

  function renderTransferOptions(agentsOnline) {
    const select = $('transfer-to');
    const chosen = select.value;
    const colleagues = agentsOnline.filter((name) => state.me && name !== state.me.name);
    select.replaceChildren(new Option(TEXT.toBot, 'bot'), ...colleagues.map((name) => new Option(name, name)));
    select.value = colleagues.includes(chosen) ? chosen : 'bot';
  }

  async function act(action, body, actionButton) {
    const id = state.openId;
    if (!id) return;
    actionButton.disabled = true;
    showError('');
    const result = await api('POST', handoverPath(id, action), body);
    if (!result.ok) {
      actionButton.disabled = false;
      return handleFailure(result);
    }
    onHandover(result.body);
  }

  function onClose() {
    if (!$('outcome').value) return showError(TEXT.chooseOutcome);
    act('close', { outcome: $('outcome').value }, $('close'));
  }

  // ---- start ----

  function bind() {
    signIn.bind();
    $('queue').addEventListener('click', onQueueClick);
    $('mine').addEventListener('click', onMineClick);
    $('composer').addEventListener('submit', (event) => {
      event.preventDefault();
      send();
    });
    $('reply').addEventListener('keydown', onReplyKey);
    $('insert-canned').addEventListener('click', insertCanned);
    $('transfer').addEventListener('click', () => act('transfer', { to: $('transfer-to').value }, $('transfer')));
    $('close').addEventListener('click', onClose);
  }

  async function start() {
    bind();
    $('outcome').replaceChildren(...TEXT.outcomes.map((pair) => new Option(pair[1], pair[0])));
    await signIn.resume();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

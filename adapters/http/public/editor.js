/* Loket editor console. No inline scripts (CSP); citizen, agent and article text reaches the page through textContent or value only. */
(function () {
  'use strict';

  // Every visible string, so the console can be translated in one place.
  const TEXT = {
    statuses: { abstained: 'Geen antwoord', clarified: 'Doorgevraagd', 'not-helpful': 'Niet nuttig', 'handed-over': 'Doorverbonden' },
    levels: { easy: 'makkelijk', fair: 'redelijk', difficult: 'moeilijk' },
    periods: [
      ['day', 'Per dag'],
      ['week', 'Per week'],
    ],
    ranges: [
      ['30', '30 dagen'],
      ['90', '90 dagen'],
      ['365', '365 dagen'],
    ],
    rates: { answerRate: 'Beantwoord', abstainRate: 'Geen antwoord', handoverRate: 'Doorverbonden' },
    totals: [
      ['conversations', 'Gesprekken', 'count'],
      ['questions', 'Vragen', 'count'],
      ['answerRate', 'Beantwoord', 'rate'],
      ['abstainRate', 'Geen antwoord', 'rate'],
      ['handoverRate', 'Doorverbonden', 'rate'],
      ['helpfulness', 'Nuttig gevonden', 'rate'],
    ],
    askedBy: (questions, citizens) => (questions === 1 ? '1 vraag' : questions + ' vragen') + ' van ' + (citizens === 1 ? '1 inwoner' : citizens + ' inwoners'),
    statusPrefix: 'Soort: ',
    examples: 'Voorbeelden',
    suggestions: 'Voorgestelde artikelen',
    noSuggestions: 'Geen artikel gevonden dat past.',
    match: (score) => 'overeenkomst ' + Math.round(score * 100) + '%',
    chosenBy: (count) => (count === 1 ? 'gekozen door 1 inwoner' : 'gekozen door ' + count + ' inwoners'),
    draftBy: (agent) => 'Antwoord van medewerker ' + agent + ':',
    useDraft: 'Gebruik als concept',
    linkLegend: 'Koppelen aan artikel',
    linkLabel: 'Artikel',
    chooseArticle: 'Kies een artikel',
    suggested: 'Voorgesteld',
    allArticles: 'Alle artikelen',
    phrasingsLegend: 'Deze vragen toevoegen als andere formulering',
    link: 'Koppelen',
    write: 'Nieuw artikel schrijven',
    dismiss: 'Buiten onze taak',
    emptyInbox: 'Er zijn geen vragen om te beoordelen.',
    loadingInbox: 'De vragen worden geladen…',
    inboxCount: (shown, total) => (total > shown ? '(' + shown + ' van ' + total + ')' : '(' + shown + ')'),
    moreClusters: (n) => 'Toon ' + n + ' groepen meer',
    pickArticle: 'Kies eerst een artikel om aan te koppelen.',
    linked: (title) => 'Gekoppeld aan ‘' + title + '’. De bot wordt bijgewerkt…',
    dismissed: (n) => (n === 1 ? '1 vraag is' : n + ' vragen zijn') + ' gemarkeerd als buiten onze taak.',
    published: (title) => 'Artikel ‘' + title + '’ is gepubliceerd. De bot wordt bijgewerkt…',
    botUpdated: 'De bot gebruikt de nieuwe tekst.',
    botUpdatedChecked: (n) =>
      'De bot gebruikt de nieuwe tekst. ' + (n === 1 ? '1 vraag is' : formatNumber(n) + ' vragen zijn') + ' opnieuw gesteld en gecontroleerd.',
    checkTitle: (total) =>
      total === 1 ? 'Let op: 1 vraag krijgt nu een ander antwoord' : 'Let op: ' + formatNumber(total) + ' vragen krijgen nu een ander antwoord',
    checkSources: { listed: 'vraag uit het artikel', asked: 'vraag van inwoners' },
    checkQuestion: (item) => '‘' + item.question + '’',
    checkWas: (item) => 'Was: ' + item.was + ' (' + TEXT.checkSources[item.source] + ')',
    checkNow: (titles) => (titles.length === 0 ? 'Nu: geen antwoord' : 'Nu: ' + titles.join(' / ')),
    checkMore: (n) => 'En nog ' + formatNumber(n) + ' vragen.',
    indexFailed: 'Het bijwerken van de bot is mislukt.',
    indexSlow: 'Het bijwerken van de bot duurt langer dan normaal. Kijk later of de bot de nieuwe tekst gebruikt.',
    fromCluster: (label, n) =>
      'U schrijft een artikel voor de vraag ‘' +
      label +
      '’. Bij publiceren ' +
      (n === 1 ? 'wordt 1 vraag' : 'worden ' + n + ' vragen') +
      ' uit de inbox gekoppeld.',
    replaceDraft: 'Het formulier bevat al tekst. Wilt u die vervangen?',
    clearForm: 'Wilt u alle tekst in het formulier wissen?',
    fillArticle: 'Vul minstens de titel en de kern van het antwoord in.',
    previewEmpty: 'Schrijf de kern van het antwoord of de tekst om een voorbeeld te zien.',
    previewLoading: 'Voorbeeld wordt gemaakt…',
    previewReady: 'Voorbeeld bijgewerkt.',
    readingEase: 'Leesgemak',
    sentenceLength: 'Gemiddelde zinslengte',
    wordsPerSentence: (n) => formatNumber(n) + ' woorden per zin',
    size: 'Omvang',
    sizeValue: (sentences, words) => sentences + ' zinnen, ' + words + ' woorden',
    longSentences: 'Lange zinnen',
    longWords: 'Lange woorden',
    advice: 'Advies',
    none: 'Geen.',
    loadingAnalytics: 'De cijfers worden geladen…',
    noData: 'geen gegevens',
    times: (n) => (n === 1 ? '1 keer' : n + ' keer'),
    chartTitle: 'Beantwoord, geen antwoord en doorverbonden, in procenten',
    chartDesc: (first, last, n) => 'Lijndiagram over ' + n + ' perioden, van ' + first + ' tot en met ' + last + '. De cijfers staan ook in de tabel.',
    noSeries: 'Er zijn nog geen cijfers voor deze periode.',
    tableCaption: 'Cijfers per periode, in procenten',
    period: 'Periode',
    failed: 'Er ging iets mis. Probeer het opnieuw.',
  };
  const RATE_KEYS = ['answerRate', 'abstainRate', 'handoverRate'];
  const SVG = 'http://www.w3.org/2000/svg';
  const POLL_MS = 1000;
  const POLL_LIMIT = 120;
  const PREVIEW_DELAY_MS = 600;
  const INBOX_PAGE = 50;

  const state = {
    me: null,
    csrf: '',
    clusters: [],
    articles: [],
    /** How many clusters to load, and how many the server has in all (less the ones handled since). */
    inboxLimit: INBOX_PAGE,
    inboxTotal: 0,
    fingerprint: '',
    poll: 0,
    draft: null,
    previewTimer: 0,
    previewRun: 0,
    analyticsRun: 0,
    analyticsLoaded: false,
  };

  const $ = (id) => document.getElementById(id);

  const el = window.LoketConsole.el;

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function button(className, text) {
    const node = el('button', 'button ' + className, text);
    node.type = 'button';
    return node;
  }

  /** A visible value with a label only screen readers hear ("Soort: Geen antwoord"). */
  function labelled(className, label, value) {
    const node = el('span', className);
    node.append(el('span', 'visually-hidden', label), document.createTextNode(value));
    return node;
  }

  const formatNumber = (n) => Number(n).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  const percent = (rate) => (rate === null || rate === undefined ? '–' : Math.round(rate * 100) + '%');
  const dateTime = (ms) => new Date(ms).toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const lines = (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);

  /** Day periods ("2026-11-23") read better as "23 nov."; anything else (weeks) is shown as the server sent it. */
  function periodLabel(period) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(period)) return period;
    return new Date(period + 'T12:00:00').toLocaleDateString('nl-NL', { day: 'numeric', month: 'short' });
  }

  const setStatus = (message) => ($('status').textContent = message || '');
  const showError = (message) => ($('error').textContent = message || '');

  // ---- server ----

  const api = (method, path, body) => window.LoketConsole.api(method, path, body, state.csrf, window.LoketConsole.networkText);
  const errorOf = (result, fallback) => window.LoketConsole.errorOf(result, fallback || TEXT.failed);

  /** Shows the server's message (in `target`, or the page error line); a lost session sends the editor back to the sign-in form. */
  function handleFailure(result, target) {
    if (result.status === 401) return signIn.expired();
    if (target) target.textContent = errorOf(result);
    else showError(errorOf(result));
  }

  // ---- console lifecycle ----

  const signIn = window.LoketConsole.sessionLifecycle({
    sessionPath: '/api/editor/session',
    nameId: 'editor-name',
    call: api,
    errorText: TEXT.failed,
    start: startConsole,
    stop: stopConsole,
  });

  function startConsole(session) {
    state.me = session.agent;
    state.csrf = session.csrf;
    showError('');
    setStatus('');
    selectTab('tab-inbox', false);
    loadInbox();
    loadFingerprint();
  }

  function stopConsole() {
    window.clearTimeout(state.poll);
    window.clearTimeout(state.previewTimer);
    Object.assign(state, { me: null, csrf: '', clusters: [], articles: [], inboxLimit: INBOX_PAGE, inboxTotal: 0, poll: 0, analyticsLoaded: false });
    state.previewRun++;
    state.analyticsRun++;
    resetArticle();
  }

  // ---- tabs ----

  const tabs = () => [...$('tabs').querySelectorAll('[role=tab]')];

  function selectTab(id, focus) {
    for (const tab of tabs()) {
      const selected = tab.id === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !selected;
      if (selected && focus) tab.focus();
    }
    if (id === 'tab-analytics' && !state.analyticsLoaded) loadAnalytics();
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern); Tab moves on into the panel. */
  function onTabKey(event) {
    const list = tabs();
    const index = list.indexOf(event.target);
    const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: list.length - 1 };
    if (index < 0 || !(event.key in moves)) return;
    event.preventDefault();
    selectTab(list[(moves[event.key] + list.length) % list.length].id, true);
  }

  function openArticleTab() {
    selectTab('tab-article', false);
    $('article-heading').focus();
  }

  // ---- index status: tells when the bot answers with the new text ----

  async function loadFingerprint() {
    const result = await api('GET', '/api/editor/index');
    if (result.ok && result.body) state.fingerprint = result.body.fingerprint;
  }

  /** Polls until the index is ready with a fingerprint other than the one from before the change. */
  function waitForIndex(index) {
    const before = state.fingerprint || (index && index.state !== 'ready' ? index.fingerprint : '');
    let tries = 0;
    window.clearTimeout(state.poll);
    const check = (status) => {
      if (status && status.state === 'failed') return setStatus(TEXT.indexFailed + (status.message ? ' ' + status.message : ''));
      if (status && status.state === 'ready' && status.fingerprint !== before) {
        state.fingerprint = status.fingerprint;
        showCheck(status.check);
        return setStatus(status.check ? TEXT.botUpdatedChecked(status.check.questions) : TEXT.botUpdated);
      }
      if (++tries > POLL_LIMIT) return setStatus(TEXT.indexSlow);
      state.poll = window.setTimeout(async () => {
        const result = await api('GET', '/api/editor/index');
        if (!state.me) return;
        if (result.status === 401) return signIn.expired();
        check(result.ok ? result.body : null);
      }, POLL_MS);
    };
    check(index);
  }

  /** The questions a publication moved to another answer; hidden when none moved. */
  function showCheck(check) {
    const section = $('publish-check');
    const moved = (check && check.moved) || [];
    section.hidden = moved.length === 0;
    if (moved.length === 0) return;
    $('publish-check-title').textContent = TEXT.checkTitle(check.movedTotal);
    const items = moved.map((item) => {
      const li = el('li');
      li.append(
        el('span', 'check-question', TEXT.checkQuestion(item)),
        el('span', 'check-was', TEXT.checkWas(item)),
        el('span', 'check-was', TEXT.checkNow(item.now)),
      );
      return li;
    });
    if (check.movedTotal > moved.length) items.push(el('li', 'hint', TEXT.checkMore(check.movedTotal - moved.length)));
    $('publish-check-list').replaceChildren(...items);
  }

  // ---- inbox ----

  async function loadInbox() {
    const list = $('clusters');
    list.setAttribute('aria-busy', 'true');
    list.replaceChildren(el('li', 'empty', TEXT.loadingInbox));
    const result = await api('GET', '/api/editor/inbox?days=30&limit=' + state.inboxLimit);
    list.setAttribute('aria-busy', 'false');
    if (!result.ok) {
      list.replaceChildren();
      return handleFailure(result);
    }
    state.clusters = result.body.clusters || [];
    state.articles = result.body.articles || [];
    state.inboxTotal = result.body.total || state.clusters.length;
    list.replaceChildren(...state.clusters.map(clusterCard));
    updateInboxCount();
  }

  /** The next page: the inbox is loaded again with more clusters, and focus goes to the first new one. */
  async function showMoreClusters() {
    const first = $('clusters').querySelectorAll('li.cluster').length;
    state.inboxLimit += INBOX_PAGE;
    await loadInbox();
    const heading = $('clusters').querySelectorAll('li.cluster h3')[first];
    if (heading) heading.focus();
  }

  function updateInboxCount() {
    const list = $('clusters');
    const cards = list.querySelectorAll('li.cluster').length;
    const hidden = Math.max(0, state.inboxTotal - state.clusters.length);
    $('inbox-count').textContent = TEXT.inboxCount(cards, cards + hidden);
    const more = $('inbox-more');
    more.hidden = hidden === 0;
    more.textContent = TEXT.moreClusters(Math.min(hidden, INBOX_PAGE));
    if (cards === 0 && hidden === 0) list.replaceChildren(el('li', 'empty', TEXT.emptyInbox));
  }

  function clusterCard(cluster, index) {
    const card = el('li', 'cluster');
    card.setAttribute('data-label', cluster.label);
    card.setAttribute('data-index', String(index));
    const heading = el('h3', 'cluster-label', cluster.label);
    heading.id = 'cluster-' + index;
    heading.tabIndex = -1;
    card.setAttribute('aria-labelledby', heading.id);
    card.append(heading, el('p', 'cluster-meta', TEXT.askedBy(cluster.questions, cluster.citizens)), statusBadges(cluster.statuses));
    card.append(examplesBlock(cluster.examples || []), suggestionsBlock(cluster.suggestions || []));
    if (cluster.draft && cluster.draft.text) card.appendChild(draftBlock(cluster.draft));
    card.append(linkForm(cluster, index), clusterActions());
    return card;
  }

  function statusBadges(statuses) {
    const list = el('ul', 'badges');
    for (const [status, count] of Object.entries(statuses || {})) {
      if (count > 0)
        list.appendChild(el('li', 'badge status-' + status)).appendChild(labelled('', TEXT.statusPrefix, (TEXT.statuses[status] || status) + ' ' + count));
    }
    return list;
  }

  function examplesBlock(examples) {
    const block = el('div', 'examples');
    if (!examples.length) return block;
    const list = el('ul', 'example-list');
    for (const example of examples) {
      const item = el('li', 'example');
      const time = el('time', 'example-time', dateTime(example.at));
      time.dateTime = new Date(example.at).toISOString();
      item.append(el('q', 'example-text', example.text), ' ', time);
      list.appendChild(item);
    }
    block.append(el('h4', '', TEXT.examples), list);
    return block;
  }

  function suggestionsBlock(suggestions) {
    const block = el('div', 'suggestions');
    block.appendChild(el('h4', '', TEXT.suggestions));
    if (!suggestions.length) block.appendChild(el('p', 'muted', TEXT.noSuggestions));
    else block.appendChild(el('ul', 'suggestion-list')).append(...suggestions.map((s) => el('li', '', s.title + ' (' + suggestionNote(s) + ')')));
    return block;
  }

  /** What citizens chose weighs more than word overlap: it comes first, and is said first. */
  function suggestionNote(suggestion) {
    const match = TEXT.match(suggestion.score);
    return suggestion.chosenBy ? TEXT.chosenBy(suggestion.chosenBy) + ', ' + match : match;
  }

  function draftBlock(draft) {
    const block = el('div', 'draft');
    block.append(el('p', 'draft-by', TEXT.draftBy(draft.agent)), el('p', 'draft-text', draft.text), button('draft-button', TEXT.useDraft));
    return block;
  }

  /** Suggested articles first, then every other article, so the usual choice is at hand but any article can be picked. */
  function articleSelect(cluster, id) {
    const select = el('select', 'link-article');
    select.id = id;
    const suggested = (cluster.suggestions || []).map((s) => ({ id: s.articleId, title: s.title }));
    const taken = new Set(suggested.map((article) => article.id));
    const rest = state.articles.filter((article) => !taken.has(article.id));
    select.appendChild(new Option(TEXT.chooseArticle, ''));
    for (const [label, group] of [
      [TEXT.suggested, suggested],
      [TEXT.allArticles, rest],
    ]) {
      if (!group.length) continue;
      const optgroup = el('optgroup');
      optgroup.label = label;
      optgroup.append(...group.map((article) => new Option(article.title, article.id)));
      select.appendChild(optgroup);
    }
    if (suggested.length) select.value = suggested[0].id;
    return select;
  }

  function linkForm(cluster, index) {
    const form = el('form', 'link-form');
    form.noValidate = true;
    const fieldset = el('fieldset', 'link-fieldset');
    const selectId = 'link-article-' + index;
    const label = el('label', '', TEXT.linkLabel);
    label.htmlFor = selectId;
    const phrasings = el('fieldset', 'phrasings');
    phrasings.appendChild(el('legend', '', TEXT.phrasingsLegend));
    (cluster.phrasings || []).forEach((text, j) => {
      const box = el('input', 'phrasing');
      Object.assign(box, { type: 'checkbox', id: 'phrasing-' + index + '-' + j, value: text, checked: true });
      const boxLabel = el('label', '', text);
      boxLabel.htmlFor = box.id;
      phrasings.appendChild(el('div', 'check')).append(box, boxLabel);
    });
    const picker = el('div', 'row picker');
    picker.append(label, articleSelect(cluster, selectId));
    const submit = el('button', 'button primary link-button', TEXT.link);
    submit.type = 'submit';
    fieldset.append(el('legend', '', TEXT.linkLegend), picker, phrasings, submit);
    form.appendChild(fieldset);
    return form;
  }

  function clusterActions() {
    const row = el('div', 'row cluster-actions');
    row.append(button('write-button', TEXT.write), button('dismiss-button', TEXT.dismiss));
    return row;
  }

  const clusterOf = (card) => state.clusters[Number(card.getAttribute('data-index'))];

  function onInboxClick(event) {
    const target = event.target.closest('button');
    const card = target && target.closest('li.cluster');
    if (!card) return;
    if (target.classList.contains('write-button')) startArticleFrom(card, false);
    else if (target.classList.contains('draft-button')) startArticleFrom(card, true);
    else if (target.classList.contains('dismiss-button')) dismissCluster(card, target);
  }

  function onInboxSubmit(event) {
    event.preventDefault();
    const card = event.target.closest('li.cluster');
    if (card) linkCluster(card, event.target.querySelector('.link-button'));
  }

  async function linkCluster(card, linkButton) {
    const cluster = clusterOf(card);
    const articleId = card.querySelector('select.link-article').value;
    showError('');
    if (!articleId) return showError(TEXT.pickArticle);
    const phrasings = [...card.querySelectorAll('input.phrasing:checked')].map((box) => box.value);
    linkButton.disabled = true;
    const result = await api('POST', '/api/editor/inbox/link', { eventIds: cluster.eventIds, articleId, phrasings });
    linkButton.disabled = false;
    if (!result.ok) return handleFailure(result);
    removeCard(card);
    setStatus(TEXT.linked(result.body.article.title));
    waitForIndex(result.body.index);
  }

  async function dismissCluster(card, dismissButton) {
    showError('');
    dismissButton.disabled = true;
    const result = await api('POST', '/api/editor/inbox/dismiss', { eventIds: clusterOf(card).eventIds });
    dismissButton.disabled = false;
    if (!result.ok) return handleFailure(result);
    removeCard(card);
    // A dismissal only records the questions as out of scope; there is no rebuild to wait for.
    setStatus(TEXT.dismissed(result.body.dismissed));
  }

  /** Removes a handled card and puts focus on the next card (or the inbox heading) so keyboard users keep their place. */
  function removeCard(card) {
    if (!card.isConnected) return;
    const next = card.nextElementSibling || card.previousElementSibling;
    // A clicked button that was disabled while waiting has already dropped focus to <body>.
    const hadFocus = card.contains(document.activeElement) || document.activeElement === document.body;
    card.remove();
    updateInboxCount();
    // The form no longer belongs to these questions once they are linked or dismissed.
    if (state.draft && state.draft.card === card) {
      state.draft = null;
      $('article-source').hidden = true;
    }
    if (!hadFocus) return;
    const heading = next && next.querySelector('h3');
    (heading || $('inbox-title')).focus();
  }

  // ---- new article ----

  const FIELDS = ['article-title', 'article-questions', 'article-lead', 'article-body', 'article-url', 'article-tags'];

  const formHasText = () => FIELDS.some((id) => $(id).value.trim() !== '');

  function startArticleFrom(card, withDraft) {
    const cluster = clusterOf(card);
    if (formHasText() && !window.confirm(TEXT.replaceDraft)) return;
    resetArticle();
    state.draft = { card, eventIds: cluster.eventIds };
    $('article-title').value = capitalise(cluster.label);
    $('article-questions').value = (cluster.phrasings || []).join('\n');
    if (withDraft && cluster.draft) $('article-lead').value = cluster.draft.text;
    $('article-source').textContent = TEXT.fromCluster(cluster.label, cluster.eventIds.length);
    $('article-source').hidden = false;
    openArticleTab();
    schedulePreview();
  }

  function resetArticle() {
    for (const id of FIELDS) $(id).value = '';
    state.draft = null;
    $('article-source').hidden = true;
    $('article-source').textContent = '';
    $('article-error').textContent = '';
    clearPreview();
  }

  function clearPreview() {
    state.previewRun++;
    $('preview-answer').textContent = '';
    $('preview-check').replaceChildren();
    $('preview-state').textContent = TEXT.previewEmpty;
  }

  function schedulePreview() {
    window.clearTimeout(state.previewTimer);
    state.previewTimer = window.setTimeout(preview, PREVIEW_DELAY_MS);
  }

  /** Only the newest request may draw: an older, slower answer must not overwrite a newer one. */
  async function preview() {
    window.clearTimeout(state.previewTimer);
    const body = { title: $('article-title').value.trim(), lead: $('article-lead').value.trim(), body: $('article-body').value };
    if (!body.lead && !body.body.trim()) return clearPreview();
    const run = ++state.previewRun;
    $('preview-state').textContent = TEXT.previewLoading;
    const result = await api('POST', '/api/editor/articles/preview', body);
    if (run !== state.previewRun) return;
    if (!result.ok) {
      $('preview-state').textContent = '';
      return handleFailure(result, $('article-error'));
    }
    $('preview-answer').textContent = result.body.answer;
    renderCheck(result.body.check);
    $('preview-state').textContent = TEXT.previewReady;
  }

  function renderCheck(check) {
    const facts = el('dl', 'check-facts');
    const fact = (term, value, className) => facts.append(el('dt', '', term), el('dd', className, value));
    fact(TEXT.readingEase, formatNumber(check.readingEase) + ' (' + (TEXT.levels[check.level] || check.level) + ')', 'level level-' + check.level);
    fact(TEXT.sentenceLength, TEXT.wordsPerSentence(check.averageSentenceWords));
    fact(TEXT.size, TEXT.sizeValue(check.sentences, check.words));
    $('preview-check').replaceChildren(
      facts,
      checkList(TEXT.longSentences, check.longSentences, 'ul'),
      checkList(TEXT.longWords, check.longWords, 'ul'),
      checkList(TEXT.advice, check.advice, 'ul'),
    );
  }

  function checkList(title, items, tag) {
    const block = el('div', 'check-list');
    block.appendChild(el('h5', '', title));
    if (!items || !items.length) block.appendChild(el('p', 'muted', TEXT.none));
    else block.appendChild(el(tag)).append(...items.map((item) => el('li', '', item)));
    return block;
  }

  function articlePayload() {
    const payload = {
      title: $('article-title').value.trim(),
      questions: lines($('article-questions').value),
      lead: $('article-lead').value.trim(),
      body: $('article-body').value.trim(),
    };
    const url = $('article-url').value.trim();
    const tags = $('article-tags')
      .value.split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (url) payload.url = url;
    if (tags.length) payload.tags = tags;
    if (state.draft) payload.eventIds = state.draft.eventIds;
    return payload;
  }

  async function publish(event) {
    event.preventDefault();
    const payload = articlePayload();
    const errorLine = $('article-error');
    errorLine.textContent = '';
    showError('');
    if (!payload.title || !payload.lead) {
      errorLine.textContent = TEXT.fillArticle;
      return $(payload.title ? 'article-lead' : 'article-title').focus();
    }
    $('publish-button').disabled = true;
    const result = await api('POST', '/api/editor/articles', payload);
    $('publish-button').disabled = false;
    if (!result.ok) return handleFailure(result, errorLine);
    const card = state.draft && state.draft.card;
    resetArticle();
    if (card) removeCard(card);
    setStatus(TEXT.published(result.body.article.title));
    $('article-heading').focus();
    waitForIndex(result.body.index);
  }

  // ---- analytics ----

  function analyticsQuery() {
    return '?period=' + encodeURIComponent($('analytics-period').value) + '&days=' + encodeURIComponent($('analytics-days').value);
  }

  async function loadAnalytics() {
    const query = analyticsQuery();
    const run = ++state.analyticsRun;
    state.analyticsLoaded = true;
    $('export-csv').href = '/api/editor/export.csv' + query;
    $('export-json').href = '/api/editor/export.json' + query;
    $('analytics-state').textContent = TEXT.loadingAnalytics;
    const result = await api('GET', '/api/editor/analytics' + query);
    if (run !== state.analyticsRun) return;
    $('analytics-state').textContent = '';
    if (!result.ok) {
      state.analyticsLoaded = false;
      return handleFailure(result);
    }
    renderTotals(result.body.totals || {});
    renderChart(result.body.series || []);
    renderTopList($('top-questions'), result.body.topQuestions || [], (item) => item.title);
    renderTopList($('top-unanswered'), result.body.topUnanswered || [], (item) => item.label);
  }

  function renderTotals(totals) {
    const list = $('totals');
    list.replaceChildren();
    for (const [key, label, kind] of TEXT.totals) {
      const value = totals[key];
      const shown = kind === 'rate' ? percent(value) : value === undefined || value === null ? '–' : formatNumber(value);
      const item = el('div', 'total');
      const dd = el('dd', 'total-value', shown);
      if (shown === '–') dd.appendChild(el('span', 'visually-hidden', ' ' + TEXT.noData));
      item.append(el('dt', 'total-label', label), dd);
      list.appendChild(item);
    }
  }

  function renderTopList(list, items, textOf) {
    if (!items.length) return list.replaceChildren(el('li', 'empty', TEXT.none));
    list.replaceChildren(
      ...items.map((item) => {
        const li = el('li', '', textOf(item));
        li.append(' ', el('span', 'count', '(' + TEXT.times(item.count) + ')'));
        return li;
      }),
    );
  }

  function renderChart(series) {
    renderLegend();
    renderTable(series);
    if (!series.length) return $('chart').replaceChildren(el('p', 'muted', TEXT.noSeries));
    $('chart').replaceChildren(chartSvg(series));
  }

  function renderLegend() {
    $('chart-legend').replaceChildren(
      ...RATE_KEYS.map((key) => {
        const item = el('li', 'legend-item series-' + key);
        item.append(el('span', 'swatch'), document.createTextNode(TEXT.rates[key]));
        item.firstChild.setAttribute('aria-hidden', 'true');
        return item;
      }),
    );
  }

  /** A line per rate on a 0–100% axis; a null rate (nothing to divide by) breaks the line instead of drawing a false zero. */
  function chartSvg(series) {
    const size = { width: 720, height: 300, left: 48, right: 16, top: 16, bottom: 48 };
    const plotWidth = size.width - size.left - size.right;
    const plotHeight = size.height - size.top - size.bottom;
    const x = (i) => size.left + (series.length === 1 ? plotWidth / 2 : (i * plotWidth) / (series.length - 1));
    const y = (rate) => size.top + plotHeight * (1 - rate);
    const first = periodLabel(series[0].period);
    const last = periodLabel(series[series.length - 1].period);
    const root = svg('svg', {
      viewBox: '0 0 ' + size.width + ' ' + size.height,
      role: 'img',
      'aria-labelledby': 'chart-svg-title chart-svg-desc',
      class: 'chart-svg',
    });
    root.append(svg('title', { id: 'chart-svg-title' }, TEXT.chartTitle), svg('desc', { id: 'chart-svg-desc' }, TEXT.chartDesc(first, last, series.length)));
    const axes = svg('g', { class: 'axes', 'aria-hidden': 'true' });
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      axes.append(
        svg('line', { x1: size.left, x2: size.width - size.right, y1: y(tick), y2: y(tick), class: tick === 0 ? 'axis' : 'grid' }),
        svg('text', { x: size.left - 8, y: y(tick) + 4, 'text-anchor': 'end', class: 'tick' }, Math.round(tick * 100) + '%'),
      );
    }
    axes.appendChild(svg('line', { x1: size.left, x2: size.left, y1: size.top, y2: size.top + plotHeight, class: 'axis' }));
    // At most about eight date labels fit under the axis, even for 365 daily points.
    const step = Math.max(1, Math.ceil(series.length / 8));
    series.forEach((point, i) => {
      const lastLabelled = i === series.length - 1 && i % step >= step / 2;
      if (i % step !== 0 && !lastLabelled) return;
      axes.appendChild(svg('text', { x: x(i), y: size.height - size.bottom + 20, 'text-anchor': 'middle', class: 'tick' }, periodLabel(point.period)));
    });
    root.appendChild(axes);
    for (const key of RATE_KEYS) root.appendChild(seriesLine(series, key, x, y));
    return root;
  }

  function seriesLine(series, key, x, y) {
    const group = svg('g', { class: 'series series-' + key, 'aria-hidden': 'true' });
    let path = '';
    let pen = 'M';
    series.forEach((point, i) => {
      const rate = point[key];
      if (rate === null || rate === undefined) {
        pen = 'M';
        return;
      }
      path += pen + x(i).toFixed(1) + ' ' + y(rate).toFixed(1) + ' ';
      pen = 'L';
      const dot = svg('circle', { cx: x(i).toFixed(1), cy: y(rate).toFixed(1), r: 3.5, class: 'dot' });
      dot.appendChild(svg('title', {}, TEXT.rates[key] + ', ' + periodLabel(point.period) + ': ' + percent(rate)));
      group.appendChild(dot);
    });
    group.insertBefore(svg('path', { d: path.trim(), class: 'line' }), group.firstChild);
    return group;
  }

  function renderTable(series) {
    const table = $('chart-table');
    const head = el('tr');
    head.append(el('th', '', TEXT.period), ...RATE_KEYS.map((key) => el('th', '', TEXT.rates[key])));
    for (const cell of head.children) cell.scope = 'col';
    const body = el('tbody');
    for (const point of series) {
      const row = el('tr');
      const label = el('th', '', periodLabel(point.period));
      label.scope = 'row';
      row.append(label, ...RATE_KEYS.map((key) => el('td', '', percent(point[key]))));
      body.appendChild(row);
    }
    table.replaceChildren(el('caption', '', TEXT.tableCaption), el('thead'), body);
    table.tHead.appendChild(head);
  }

  // ---- start ----

  function bind() {
    signIn.bind();
    $('tabs').addEventListener('click', (event) => {
      const tab = event.target.closest('[role=tab]');
      if (tab) selectTab(tab.id, true);
    });
    $('tabs').addEventListener('keydown', onTabKey);
    $('inbox-refresh').addEventListener('click', () => {
      setStatus('');
      loadInbox();
    });
    $('inbox-more').addEventListener('click', showMoreClusters);
    $('clusters').addEventListener('click', onInboxClick);
    $('clusters').addEventListener('submit', onInboxSubmit);
    $('article-form').addEventListener('submit', publish);
    $('article-form').addEventListener('input', (event) => {
      if (['article-title', 'article-lead', 'article-body'].includes(event.target.id)) schedulePreview();
    });
    $('preview-button').addEventListener('click', preview);
    $('article-clear').addEventListener('click', () => {
      if (!formHasText() || window.confirm(TEXT.clearForm)) resetArticle();
      $('article-title').focus();
    });
    $('analytics-period').addEventListener('change', loadAnalytics);
    $('analytics-days').addEventListener('change', loadAnalytics);
  }

  async function start() {
    bind();
    $('analytics-period').replaceChildren(...TEXT.periods.map((pair) => new Option(pair[1], pair[0])));
    $('analytics-days').replaceChildren(...TEXT.ranges.map((pair) => new Option(pair[1], pair[0])));
    clearPreview();
    await signIn.resume();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

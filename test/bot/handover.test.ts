import { Activity, MemoryStorage } from 'botbuilder';
import { join } from 'node:path';
import pino from 'pino';
import { buildBot } from '../../bot/buildBot';
import { loadConfig } from '../../bot/config';
import { KnowledgeHolder } from '../../bot/knowledgeHolder';
import { ContactCentre } from '../../adapters/handover/contactCentre';
import { MemoryHandoverStore } from '../../adapters/handover/memoryHandoverStore';
import { Handover, HandoverMessage } from '../../dialogs/handover/handover';
import { OfficeHours } from '../../dialogs/handover/officeHours';
import { holderOf } from '../support/knowledge';
import { loketData, TestConversation } from '../support/conversation';
import { FIXTURES } from '../support/paths';

const ANNA = { name: 'anna', displayName: 'Anna' };
const silent = pino({ level: 'silent' });

/** The real bot and contact centre (in memory); what would go to the citizen's channel outside a turn is recorded. */
function setUp(knowledge: KnowledgeHolder, options: { hours?: string; agentOnline?: boolean; handoffProtocol?: boolean; storage?: MemoryStorage } = {}) {
  const store = new MemoryHandoverStore();
  const delivered: { handover: Handover; message: HandoverMessage }[] = [];
  const centre = new ContactCentre({
    store,
    hours: new OfficeHours({ hours: options.hours ?? 'always', timeZone: 'Europe/Amsterdam', holidays: 'none' }),
    delivery: { send: (handover, message) => Promise.resolve(void delivered.push({ handover, message })) },
    contact: loadConfig({}).contact,
    logger: silent,
    presenceMs: 60_000,
  });
  const bot = buildBot({
    config: loadConfig({}),
    knowledge,
    storage: options.storage ?? new MemoryStorage(),
    logger: silent,
    handoverDesk: centre,
    ...(options.handoffProtocol ? { handoffProtocol: true } : {}),
  });
  const ready = options.agentOnline === false ? Promise.resolve() : centre.heartbeat(ANNA);
  return { store, centre, bot, delivered, ready };
}

const last = (replies: Partial<Activity>[]) => replies[replies.length - 1];
const texts = (replies: Partial<Activity>[]) => replies.map((reply) => reply.text ?? '').join('\n');

describe('handing a conversation over to a person', () => {
  let knowledge: KnowledgeHolder;
  beforeAll(async () => {
    knowledge = await holderOf({ path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' });
  });

  it('asks to confirm, queues, relays, stays silent while the agent chats, and answers again after the agent closes', async () => {
    const { store, centre, bot, delivered, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    await citizen.say('Hoeveel kost hondenbelasting?');
    const offer = await citizen.say('ik wil een medewerker spreken');
    expect(loketData(last(offer))).toMatchObject({ kind: 'handover', handover: 'offered' });
    expect(last(offer)?.text).toContain('doorverbind');
    expect(await store.queued()).toEqual([]);

    const queued = await citizen.press(last(offer), /Ja, verbind/);
    expect(loketData(last(queued))).toMatchObject({ reason: 'handover:queued', handover: 'started' });
    expect(last(queued)?.text).toContain('nummer 1');
    expect(last(queued)?.text).toContain('weet nog niet hoe lang');
    const [handover] = await store.queued();
    expect(handover).toMatchObject({ reason: 'requested', priority: 2, lang: 'nl', firstQuestion: 'Hoeveel kost hondenbelasting?' });

    const relayed = await citizen.say('Mijn BSN is 111222333, kunt u dat nakijken?');
    expect(texts(relayed)).toContain('doorgegeven');
    expect(await citizen.say('Ik wacht wel even')).toEqual([]);

    await centre.claim(handover!.id, ANNA);
    expect(delivered.map(({ message }) => message.text).join('\n')).toContain('U chat nu met Anna');
    expect(await citizen.say('Hallo Anna, hoe lang duurt het?')).toEqual([]);
    // A thumbs-up or markup is a message to a person, who reads it as sent.
    expect(await citizen.say('👍')).toEqual([]);
    expect(await citizen.say('<b>dringend</b>')).toEqual([]);
    await centre.say(handover!.id, ANNA, 'Goedemiddag, ik kijk het voor u na.');
    expect(delivered.some(({ message }) => message.from === 'agent' && message.text === 'Goedemiddag, ik kijk het voor u na.')).toBe(true);

    const transcript = await store.messages(handover!.id);
    expect(transcript.map((message) => message.text).join('\n')).not.toContain('111222333');
    expect(transcript.filter((message) => message.from === 'citizen').map((message) => message.text)).toEqual([
      'Hoeveel kost hondenbelasting?',
      'ik wil een medewerker spreken',
      expect.stringMatching(/^\[Ja, verbind|^Ja, verbind|^\[handover\]/),
      expect.stringContaining('[BSN]'),
      'Ik wacht wel even',
      'Hallo Anna, hoe lang duurt het?',
      '👍',
      '<b>dringend</b>',
    ]);
    expect(transcript.some((message) => message.from === 'bot' && message.articleTitle === 'Hondenbelasting')).toBe(true);

    await centre.close(handover!.id, ANNA, 'resolved');
    expect(delivered[delivered.length - 1]?.message.text).toContain('weer met de digitale assistent');
    const again = await citizen.say('hondenbelasting');
    expect(again[0]?.text).toContain('U praat weer met de digitale assistent');
    expect(loketData(last(again))).toMatchObject({ kind: 'answer', articleId: 'hondenbelasting' });
  });

  it.each([
    ['English', 'can I talk to a human please', 'connect you'],
    ['misspelled', 'ik wil een medwerker', 'doorverbind'],
    ['Flemish', 'kan ik iemand van de dienst spreken, een mens aub', 'doorverbind'],
  ])('recognises a request for a person in %s', async (_kind, text, expected) => {
    const { bot, ready } = setUp(knowledge);
    await ready;
    const replies = await new TestConversation(bot).say(text);
    expect(loketData(last(replies))).toMatchObject({ kind: 'handover', handover: 'offered' });
    expect(last(replies)?.text).toContain(expected);
  });

  it('takes a request for a person also while a clarification is open', async () => {
    const { bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    await citizen.say('belasting');
    const replies = await citizen.say('liever een mens');
    expect(loketData(last(replies))).toMatchObject({ kind: 'handover', reason: 'handover:requested' });
  });

  it('shows the agent which topics the bot offered to choose, in the transcript and the summary', async () => {
    const { store, centre, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const [offer] = await citizen.say('wat kost een paspoort of een hond');
    expect(loketData(offer)).toMatchObject({ reason: 'abstain:suggested', options: ['paspoortaanvraag'] });
    await citizen.press(last(await citizen.say('liever een mens')), /Ja, verbind/);
    const [handover] = await store.queued();
    const detail = await centre.detail(handover!.id);
    expect(detail?.messages.find((message) => message.from === 'bot' && message.kind === 'abstain')?.offered).toEqual(['Paspoortaanvraag']);
    expect(detail?.summary).toContain('Bot bood als onderwerp aan: Paspoortaanvraag');
  });

  it('puts a crisis first in the queue at once, after the emergency numbers, without asking', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    await citizen.say('ik wil een medewerker');
    const replies = await citizen.say('ik wil niet meer leven');
    expect(last(replies)?.text).toContain('113');
    expect(loketData(last(replies))).toMatchObject({ kind: 'crisis', handover: 'started' });
    const [handover] = await store.queued();
    expect(handover).toMatchObject({ reason: 'crisis', priority: 0, detail: 'crisis:suicide' });
  });

  it('asks about a possible crisis that no rule names, gives the number, and queues first only after a yes', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const replies = await citizen.say('mijn opa ligt op de grond en ik krijg hem niet wakker');
    const [checkIn, ...own] = replies;
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:emergency' });
    expect(checkIn?.text).toContain('Misschien begrijp ik u verkeerd');
    expect(checkIn?.text).toContain('112');
    // The turn's own reply still comes: when the guess is wrong, that is what the citizen asked for. The offer of a
    // person is on it, because Web Chat shows only the last message's buttons.
    expect(own.length).toBeGreaterThan(0);
    expect(loketData(last(own))).toMatchObject({ handover: 'offered' });
    expect(await store.queued()).toEqual([]);
    await citizen.press(last(own), /Ja, verbind/);
    expect((await store.queued())[0]).toMatchObject({ reason: 'crisis', priority: 0, detail: 'possible:emergency' });
  });

  it('asks about thoughts of suicide after words of despair, under no rule, and answers the question too', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const [checkIn, ...own] = await citizen.say('Ik heb schulden, wie kan mij helpen? Ik kan niet meer.');
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:suicide' });
    expect(checkIn?.text).toContain('113');
    expect(loketData(own[0])).toMatchObject({ kind: 'answer', articleId: 'schuldhulp' });
    expect(loketData(last(own))).toMatchObject({ handover: 'offered' });
    expect(await store.queued()).toEqual([]);
    await citizen.press(last(own), /Ja, verbind/);
    expect((await store.queued())[0]).toMatchObject({ reason: 'crisis', priority: 0, detail: 'possible:suicide' });
  });

  it('asks about suicide above the reply to a request for a person when the message also holds words of despair', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const replies = await citizen.say(
      "Ik hoor mijn buurvrouw elke nacht huilen en vannacht zei ze 'dit is de laatste keer dat je me hoort'. Kan ik iemand spreken?",
    );
    // Read as a request for a person only, the reply named no crisis line.
    const [checkIn, ...own] = replies;
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:suicide' });
    expect(checkIn?.text).toContain('113');
    expect(own).toHaveLength(1);
    expect(loketData(last(own))).toMatchObject({ kind: 'handover', handover: 'offered' });
    expect(await store.queued()).toEqual([]);
    // A yes puts the citizen first, as after any check-in.
    await citizen.press(last(own), /Ja, verbind/);
    expect((await store.queued())[0]).toMatchObject({ reason: 'crisis', priority: 0, detail: 'possible:suicide' });
  });

  it('asks about suicide above the reply to a request for a person when the classifier reads a crisis in it', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    // No rule names the crisis; read as a request for a person only, the classifier was never asked (crisis batch 36).
    const [checkIn, ...own] = await new TestConversation(bot).say('kan ik iemand spreken? ik zie echt geen enkele reden meer om door te gaan');
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:suicide' });
    expect(checkIn?.text).toContain('113');
    expect(loketData(last(own))).toMatchObject({ kind: 'handover', handover: 'offered' });
    expect(await store.queued()).toEqual([]);
  });

  it('reads "lang genoeg gevochten" as a struggle given up, and asks about suicide instead of sending to 112', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const [checkIn] = await new TestConversation(bot).say('kan iemand mijn kat opvangen? ik ben er na dit weekend niet meer. ik heb lang genoeg gevochten');
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:suicide' });
    expect(checkIn?.text).toContain('0800-0113');
    expect(await store.queued()).toEqual([]);
  });

  it('asks, and does not queue unasked, when a question names a crisis service for a school talk or a course', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const [checkIn, ...own] = await citizen.say('Mijn dochter houdt een spreekbeurt over 112. Hoe werkt de 112-app?');
    expect(loketData(checkIn)).toMatchObject({ kind: 'crisis', reason: 'crisis-possible:emergency' });
    expect(checkIn?.text).toContain('112');
    expect(loketData(last(own))).toMatchObject({ handover: 'offered' });
    expect(await store.queued()).toEqual([]);

    // A course in the past does not soften an emergency now.
    const emergency = await new TestConversation(bot).say('ik heb een reanimatiecursus gehad maar nu reageert mijn vader niet meer');
    expect(loketData(last(emergency))).toMatchObject({ kind: 'crisis', handover: 'started' });
    expect((await store.queued())[0]).toMatchObject({ reason: 'crisis', priority: 0 });
  });

  it('does not ask about a crisis when an ordinary question uses a word of one', async () => {
    const { bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const questions = [
      'mag ik een schommel ophangen aan de boom voor mijn huis',
      'hoeveel kost een paspoort',
      'wanneer wordt het grofvuil opgehaald',
      'ik kan niet meer inloggen',
      'ik wil dat het lawaai van de buren stopt',
      // Many crisis examples open like this before they say what is wrong: the opening itself is no sign.
      'Goedemorgen, ik heb een vraag over hondenbelasting.',
      'Hallo, ik heb een vraag over de afvalkalender',
    ];
    for (const question of questions) expect((await citizen.say(question)).map((reply) => loketData(reply).kind)).not.toContain('crisis');
  });

  it('offers a person after two misses in a row, and records that reason', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const first = await citizen.say('waar woont de paarse olifant eigenlijk');
    expect(loketData(last(first)).kind).toBe('abstain');
    expect(last(first)?.text).not.toContain('doorverbind');
    const second = await citizen.say('hoeveel sterren heeft de melkweg eigenlijk');
    expect(loketData(last(second))).toMatchObject({ kind: 'abstain', handover: 'offered' });
    expect(last(second)?.text).toContain('Het lukt mij niet goed');
    await citizen.say('ja graag');
    expect((await store.queued())[0]).toMatchObject({ reason: 'repeated-failure' });
  });

  it('offers a person after "not helpful" twice in a row', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const answer = await citizen.say('hondenbelasting');
    const once = await citizen.press(last(answer), /Niet nuttig/);
    expect(last(once)?.text).not.toContain('Mijn antwoorden helpen u niet');
    const twice = await citizen.press(last(answer), /Niet nuttig/);
    expect(last(twice)?.text).toContain('Mijn antwoorden helpen u niet');
    await citizen.press(last(twice), /Ja, verbind/);
    expect((await store.queued())[0]).toMatchObject({ reason: 'not-helpful' });
  });

  it('offers a person to an angry or upset citizen, and to anyone reading a sensitive article', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const angry = new TestConversation(bot);
    const replies = await angry.say('Dit is echt belachelijk, niemand helpt me!!!');
    expect(last(replies)?.text).toContain('Ik merk dat u ergens mee zit');
    await angry.press(last(replies), /Ja, verbind/);
    expect((await store.queued())[0]).toMatchObject({ reason: 'distress' });

    const debts = await new TestConversation(bot).say('Ik heb schulden, wie kan mij helpen?');
    expect(loketData(last(debts))).toMatchObject({ kind: 'answer', articleId: 'schuldhulp', handover: 'offered' });
    expect(last(debts)?.text).toContain('Over dit onderwerp kunt u ook met een medewerker praten');
  });

  it('lets the citizen decline an offer and stop waiting', async () => {
    const { store, bot, ready } = setUp(knowledge);
    await ready;
    const citizen = new TestConversation(bot);
    const offer = await citizen.say('medewerker');
    expect(last(await citizen.say('nee'))?.text).toContain('Waar kan ik u nog mee helpen');
    expect(await store.queued()).toEqual([]);
    await citizen.press(last(offer), /Ja, verbind/);
    expect(await store.queued()).toHaveLength(1);
    const stopped = await citizen.say('stop');
    expect(last(stopped)?.text).toContain('niet meer in de wachtrij');
    expect(await store.queued()).toEqual([]);
    expect(loketData(last(await citizen.say('hondenbelasting'))).kind).toBe('answer');
  });

  it('outside chat hours: says so, gives the phone number, and takes a callback request with a validated phone number', async () => {
    const saved: Record<string, string> = {};
    const { store, bot } = setUp(knowledge, { hours: 'never', storage: new MemoryStorage(saved) });
    const citizen = new TestConversation(bot);
    const closed = await citizen.say('ik wil een medewerker spreken');
    expect(last(closed)?.text).toContain('geen medewerker beschikbaar');
    expect(last(closed)?.text).toContain('14 0456');
    const method = await citizen.press(last(closed), /Vraag achterlaten/);
    const question = await citizen.press(last(method), /Bel mij/);
    expect(last(question)?.text).toContain('Wat is uw vraag');
    const phone = await citizen.say('Mijn container is niet geleegd en ik wil weten waarom');
    expect(last(phone)?.text).toContain('telefoonnummer');
    expect(last(await citizen.say('bel me maar'))?.text).toContain('geen telefoonnummer');
    const stored = await citizen.say('mijn nummer is 06-24681357');
    expect(last(stored)?.text).toContain('Uw vraag is doorgegeven');
    const [task] = await store.queued();
    expect(task).toMatchObject({
      reason: 'callback',
      priority: 3,
      callback: { method: 'phone', address: '06-24681357', question: expect.stringContaining('container') },
    });
    expect(JSON.stringify(saved)).toContain('container');
    expect(JSON.stringify(saved)).not.toContain('24681357');
  });

  it('with nobody online during chat hours, says so and offers a callback', async () => {
    const { bot } = setUp(knowledge, { agentOnline: false });
    const replies = await new TestConversation(bot).say('mag ik een medewerker');
    expect(last(replies)?.text).toContain('geen medewerker online');
    expect(last(replies)?.suggestedActions?.actions.map((action) => action.title)).toContain('Vraag achterlaten');
  });

  it('emits the Bot Framework handoff.initiate event with the transcript when configured', async () => {
    const { bot, ready } = setUp(knowledge, { handoffProtocol: true });
    await ready;
    const citizen = new TestConversation(bot);
    const offer = await citizen.say('ik wil een medewerker');
    const replies = await citizen.press(last(offer), /Ja, verbind/);
    const event = replies.find((reply) => reply.type === 'event');
    expect(event?.name).toBe('handoff.initiate');
    const transcript = (event?.attachments?.[0]?.content as { activities: { text: string }[] }).activities;
    expect(transcript.map((activity) => activity.text)).toContain('ik wil een medewerker');
  });
});

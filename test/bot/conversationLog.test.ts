import { MemoryStorage } from 'botbuilder';
import { join } from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { FileConversationLog } from '../../adapters/conversationLog/fileConversationLog';
import { KnowledgeHolder } from '../../bot/knowledgeHolder';
import { LoketBot } from '../../bot/loketBot';
import { loketData, TestConversation, testBot } from '../support/conversation';
import { holderOf } from '../support/knowledge';
import { FIXTURES, temporaryDirectory } from '../support/paths';

/** Every turn through the Bot Framework adapter ends up in the conversation log: one status, redacted text, the rating. */
describe('the conversation log, fed by the bot', () => {
  let knowledge: KnowledgeHolder;
  let dir: Awaited<ReturnType<typeof temporaryDirectory>>;
  let log: FileConversationLog;
  let bot: LoketBot;
  const processLog: string[] = [];

  beforeAll(async () => {
    knowledge = await holderOf({ path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' });
    dir = await temporaryDirectory('bot-log');
    log = new FileConversationLog(dir.path);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        processLog.push(chunk.toString());
        done();
      },
    });
    bot = testBot(knowledge, new MemoryStorage(), {}, { conversationLog: log, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => dir.remove());

  const eventsOf = async (conversation: TestConversation) => (await log.read(0)).filter((event) => event.conversationId === conversation.id);

  it('records answered, clarified and abstained turns with article, score and redacted text', async () => {
    const citizen = new TestConversation(bot);
    await citizen.say('Hoe vraag ik een paspoort aan? 111222333');
    await citizen.say('qwerty zxcvb');
    const events = await eventsOf(citizen);
    expect(events.map((event) => event.status)).toEqual(['answered', 'abstained']);
    expect(events[0]).toMatchObject({
      kind: 'turn',
      channel: 'directline',
      lang: 'nl',
      articleId: 'paspoortaanvraag',
      text: 'Hoe vraag ik een paspoort aan? [BSN]',
    });
    expect(events[0]?.score).toBeGreaterThan(0);
    expect(events[1]?.articleId).toBeUndefined();
    expect(JSON.stringify(await log.read(0))).not.toContain('111222333');
    expect(processLog.join('')).not.toContain('111222333');
    expect(processLog.join('')).not.toContain('Hoe vraag ik');
  });

  it('records a message as the citizen typed it, markup and all, while the bot reads only its words', async () => {
    const citizen = new TestConversation(bot);
    await citizen.say('<b>Hoe vraag ik een paspoort aan?</b> 111222333');
    const [event] = await eventsOf(citizen);
    expect(event).toMatchObject({ status: 'answered', articleId: 'paspoortaanvraag', text: '<b>Hoe vraag ik een paspoort aan?</b> [BSN]' });
  });

  it('records a question asked while Loket is still starting as an error, so the figures show it', async () => {
    const starting = testBot(new KnowledgeHolder({ startupWaitMs: 10 }), new MemoryStorage(), {}, { conversationLog: log });
    const citizen = new TestConversation(starting);
    await citizen.say('hondenbelasting');
    expect((await eventsOf(citizen)).map((event) => [event.status, event.text])).toEqual([['error', 'hondenbelasting']]);
  });

  it('records guardrails and handover requests as their own status', async () => {
    const citizen = new TestConversation(bot);
    await citizen.say('ik wil niet meer leven');
    await citizen.say('ik wil een medewerker spreken');
    expect((await eventsOf(citizen)).map((event) => event.status)).toEqual(['guardrail', 'handover-unavailable']);
  });

  it("records a check-in for a possible crisis as a guardrail with the check-in's reason, though the turn's own reply follows it", async () => {
    const citizen = new TestConversation(bot);
    const replies = await citizen.say('mijn opa ligt op de grond en ik krijg hem niet wakker');
    expect(replies.length).toBeGreaterThan(1);
    expect(await eventsOf(citizen)).toEqual([expect.objectContaining({ status: 'guardrail', reason: 'crisis-possible:emergency' })]);
  });

  it('after "not helpful" asks why in one tap and records both ratings', async () => {
    const citizen = new TestConversation(bot);
    const [answer] = await citizen.say('wanneer wordt mijn container geleegd');
    const [sorry] = await citizen.press(answer, /Niet nuttig/);
    expect(sorry?.text).toContain('Wat was er mis met het antwoord?');
    expect(sorry?.suggestedActions?.actions.map((action) => action.title)).toEqual([
      'Verkeerd antwoord',
      'Niet duidelijk',
      'Niet volledig',
      'Iets anders',
      'Een medewerker spreken',
    ]);
    const [thanks] = await citizen.press(sorry, /Niet duidelijk/);
    expect(thanks?.text).toContain('Een redacteur kijkt naar uw reactie');
    const events = await eventsOf(citizen);
    expect(events.map((event) => [event.kind, event.status, event.articleId, event.feedback])).toEqual([
      ['turn', 'answered', 'afvalkalender', undefined],
      ['feedback', 'feedback', 'afvalkalender', { helpful: false }],
      ['feedback', 'feedback', 'afvalkalender', { helpful: false, why: 'unclear' }],
    ]);
  });

  it('records a rating the citizen types instead of pressing, and offers a person', async () => {
    const citizen = new TestConversation(bot);
    await citizen.say('hondenbelasting');
    const [sorry] = await citizen.say('nee, dat klopt niet');
    expect(loketData(sorry)).toMatchObject({ reason: 'feedback:wrong', handover: 'offered' });
    await citizen.say('hondenbelasting');
    const [why] = await citizen.say('daar heb ik niks aan');
    expect(loketData(why).reason).toBe('feedback:not-helpful');
    const events = await eventsOf(citizen);
    expect(events.map((event) => [event.kind, event.articleId, event.feedback])).toEqual([
      ['turn', 'hondenbelasting', undefined],
      ['feedback', 'hondenbelasting', { helpful: false, why: 'wrong' }],
      ['turn', 'hondenbelasting', undefined],
      ['feedback', 'hondenbelasting', { helpful: false }],
    ]);
  });

  it('erases the conversation when the citizen asks and confirms, and keeps it when they say no', async () => {
    const citizen = new TestConversation(bot);
    await citizen.say('hondenbelasting');
    const [ask] = await citizen.say('verwijder mijn gegevens');
    expect(loketData(ask).reason).toBe('erase:asked');
    const [kept] = await citizen.say('nee');
    expect(loketData(kept).reason).toBe('erase:cancelled');
    expect((await eventsOf(citizen)).length).toBe(3);
    const [again] = await citizen.say('delete my data');
    const [done] = await citizen.press(again, /Yes, delete|Ja, verwijder/);
    expect(done?.text).toMatch(/verwijderd|deleted/);
    expect(await eventsOf(citizen)).toEqual([]);
    // The conversation goes on, and is logged again from here.
    await citizen.say('hondenbelasting');
    expect((await eventsOf(citizen)).map((event) => event.status)).toEqual(['answered']);
  });

  it('does not treat a question about deleting data as an erasure request', async () => {
    const citizen = new TestConversation(bot);
    const [reply] = await citizen.say('hoe kan ik mijn gegevens laten verwijderen uit de basisregistratie personen');
    expect(loketData(reply).reason).not.toBe('erase:asked');
    // Short, with an erase verb and "info", but about something else.
    const [asbestos] = await citizen.say('info over asbest verwijderen');
    expect(loketData(asbestos).reason).not.toBe('erase:asked');
  });
});

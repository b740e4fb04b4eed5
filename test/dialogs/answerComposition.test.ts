import { LoketBot } from '../../bot/loketBot';
import { truncateWords } from '../../dialogs/answerComposer';
import { demoBot, loketData, TestConversation } from '../support/conversation';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('keeping an answer short without cutting it badly', () => {
  const lead = 'Dit is de inleiding van het artikel. Zij heeft twaalf woorden in twee zinnen.';
  const paragraph =
    'Harde muziek of blaffende honden: er is geen vaste regel. Praten is dan de beste oplossing. Huurt u? Vertel het aan uw verhuurder. Maakt u zich zorgen? Bel het wijkteam.';

  it('keeps whole sentences of a long paragraph and marks the cut', () => {
    const text = truncateWords(`${lead}\n\n**Lawaai van buren**\n\n${paragraph}`, 33);
    expect(text).toContain('**Lawaai van buren**\n\nHarde muziek of blaffende honden: er is geen vaste regel. Praten is dan de beste oplossing.');
    expect(text.endsWith('\n\n…')).toBe(true);
    expect(words(text.replace('…', ''))).toBeLessThanOrEqual(33);
  });

  it('does not end on a question whose answer was cut off', () => {
    const text = truncateWords(`${lead}\n\n${paragraph}`, 32);
    expect(text).toContain('Praten is dan de beste oplossing.\n\n…');
    expect(text).not.toContain('Huurt u?');
  });

  it('never leaves a heading without its text, and keeps list items whole', () => {
    const steps = '1. Maak een afspraak op de website of bel ons.\n2. Kom zelf naar het stadhuis. Neem uw oude paspoort mee.';
    expect(truncateWords(`${lead}\n\n**Kosten**\n\n${'Een lange zin zonder einde '.repeat(10)}`, 20)).toBe(`${lead}\n\n…`);
    expect(truncateWords(`${lead}\n\n**Zo regelt u het**\n\n${steps}`, 28)).toBe(
      `${lead}\n\n**Zo regelt u het**\n\n1. Maak een afspraak op de website of bel ons.\n\n…`,
    );
  });

  it('leaves a text within the limit as it is', () => {
    expect(truncateWords(`${lead}\n\n${paragraph}`, 100)).toBe(`${lead}\n\n${paragraph}`);
  });
});

describe('a citizen asking about one part of a long article (demo knowledge base, through the adapter)', () => {
  let bot: LoketBot;
  beforeAll(async () => {
    bot = await demoBot();
  });

  const answer = async (question: string) => (await new TestConversation(bot).say(question))[0];

  it('gets the core steps when asking about the topic itself, not a section that repeats its words', async () => {
    const reply = await answer('ik wil een boom kappen in mijn tuin');
    expect(loketData(reply).articleId).toBe('boom-kappen-kapvergunning');
    expect(reply?.text).toContain('**Zo regelt u het**');
    expect(reply?.text).not.toContain('Gevaarlijke boom');
    // "overleden" is the topic ("Aangifte van overlijden"), not the heading of the section on a death abroad.
    const death = await answer('mijn moeder is overleden, wat moet ik regelen');
    expect(loketData(death).articleId).toBe('overlijden-aangifte');
    expect(death?.text).not.toContain('buitenland');
  });

  it('does not get a heading that has only a part of a question word ("hond" of "hondenbelasting")', async () => {
    const reply = await answer('hoeveel hondenbelasting betaal ik');
    expect(loketData(reply).articleId).toBe('hondenbelasting');
    expect(reply?.text).not.toContain('**Hond afmelden**');
    const allowance = await answer('wie betaalt de zorgtoeslag uit, de gemeente?');
    expect(allowance?.text).not.toContain('**Toeslag terugbetalen**');
  });

  it('gets the section the question names', async () => {
    expect((await answer('hoeveel kost dat juist, een vergunning om een boom in mijn hof te vellen'))?.text).toContain('**Kosten**');
    expect((await answer('wat doet het wijkteam eigenlijk'))?.text).toContain('**Wat doet het wijkteam?**');
  });

  it('gets the steps its words name when an article has two ("gevonden", not a section that happens to mention "kat")', async () => {
    const found = await answer('ik heb een kat gevonden');
    expect(loketData(found).articleId).toBe('dier-gevonden-vermist');
    expect(found?.text).toContain('**Zo regelt u het: dier gevonden**');
    expect(found?.text).not.toContain('Dood dier op straat');
    expect((await answer('mijn kat is vermist'))?.text).toContain('**Zo regelt u het: dier vermist**');
  });

  it('reads "weg" after "is" as gone, not as the road ("onze kat is weg" is not "Groot dier op de weg")', async () => {
    const gone = await answer('onze kat is sinds gisteren weg');
    expect(loketData(gone).articleId).toBe('dier-gevonden-vermist');
    expect(gone?.text).toContain('**Zo regelt u het: dier vermist**');
    expect((await answer('er ligt een ree op de weg'))?.text).toContain('**Groot dier op de weg**');
  });

  it('prefers a heading with the word itself to one with another form of it ("betalen": "Betalen", not "Welke belastingen betaalt u?")', async () => {
    const reply = await answer('wanneer moet ik de gemeentetaksen betalen');
    expect(loketData(reply).articleId).toBe('gemeentelijke-belastingen');
    expect(reply?.text).toContain('**Betalen**');
  });

  it('gets the section about neighbours with its text, not just its heading', async () => {
    const [reply] = await new TestConversation(bot).say('mijn buren maken elke nacht lawaai');
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId: 'geluidsoverlast' });
    expect(reply?.text).toContain('**Lawaai van buren**\n\nHarde muziek, schreeuwen, blaffende honden');
    expect(reply?.text).not.toMatch(/\*\*\n\n…/);
  });
});

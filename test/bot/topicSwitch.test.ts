import { LoketBot } from '../../bot/loketBot';
import { knowledgeSourceOf } from '../../evals/knowledgeArguments';
import { demoBot, loketData, TestConversation } from '../support/conversation';
import { indexOf } from '../support/knowledge';
import { DEMO_CONTENT } from '../support/paths';

/** Citizens ask several things in one chat (demo knowledge base, through the Bot Framework adapter). */
describe('a second question in the same conversation', () => {
  let bot: LoketBot;
  beforeAll(async () => {
    bot = await demoBot();
  });
  const after = async (first: string, second: string) => {
    const conversation = new TestConversation(bot);
    const [answer] = await conversation.say(first);
    expect(loketData(answer).kind).toBe('answer');
    const [reply] = await conversation.say(second);
    return loketData(reply);
  };
  /** The second question is answered from the given article and shows the given section. */
  const shows = async (first: string, second: string, articleId: string, heading: string) => {
    const conversation = new TestConversation(bot);
    await conversation.say(first);
    const [reply] = await conversation.say(second);
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId });
    expect(reply?.text).toContain(`**${heading}**`);
  };
  /** The second question is answered from the given article. */
  const answeredAfter = async (first: string, second: string, articleId: string) =>
    expect(await after(first, second)).toMatchObject({ kind: 'answer', articleId });

  it('is not answered from an article that has its word only inside another ("stopt" in "verstopte put")', async () => {
    const reply = await after('ik heb last van mijn buren, ze maken elke nacht lawaai', 'en als het niet stopt?');
    expect(reply.articleId).not.toBe('melding-openbare-ruimte');
  });

  it('is not answered with the topic of the one before when Loket does not know it', async () => {
    expect((await after('hoe vraag ik een parkeervergunning aan', 'mijn bsn is 111222333, wanneer krijg ik mijn vakantiegeld')).kind).toBe('abstain');
    expect((await after('kan ik zondag naar de milieustraat', 'asdfghjkl')).kind).not.toBe('answer');
    expect((await after('wordt er gefilmd op het stationsplein?', 'recept erwtensoep zoals oma hem maakte')).kind).toBe('abstain');
  });

  it('about another topic gets that topic, even with a typo, after thanks or as a correction', async () => {
    await answeredAfter('hoeveel kost een identiteitskaart voor mijn kind', 'paspoort aanvrage', 'paspoort-aanvragen');
    await answeredAfter('Gehandicaptenparkeerkaart', 'ok bedankt. en hondenbelasting?', 'hondenbelasting');
    await answeredAfter('Gehandicaptenparkeerkaart', 'nee, ik bedoel hondenbelasting', 'hondenbelasting');
    await answeredAfter('Energietoeslag', 'top, dank u. geluidsoverlast?', 'geluidsoverlast');
  });

  it("that has another article's whole title gets that article, even when the last answer's article holds its words", async () => {
    await answeredAfter('ik ben mijn paspoort kwijt', 'paspoort aanvragen', 'paspoort-aanvragen');
    await answeredAfter('ik ben mijn rijbewijs kwijt', 'rijbewijs verlengen', 'rijbewijs-verlengen');
  });

  it('that narrows down "Bedoelt u …?" ("ik bedoel …") is answered from its own words', async () => {
    const conversation = new TestConversation(bot);
    const [clarify] = await conversation.say('vergunning');
    expect(loketData(clarify).kind).toBe('clarify');
    const [reply] = await conversation.say('ik bedoel voor een evenement in de straat');
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId: 'evenementenvergunning' });
  });

  it('asked in the same message is offered as a button after the answer to the first', async () => {
    const conversation = new TestConversation(bot);
    const [reply] = await conversation.say('wanneer wordt het grofvuil opgehaald en waar is de milieustraat');
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId: 'grofvuil-ophalen' });
    expect(reply?.text).toContain('U vroeg ook naar **Milieustraat**');
    const [second] = await conversation.press(reply, /^Ook: Milieustraat$/);
    expect(loketData(second)).toMatchObject({ kind: 'answer', articleId: 'milieustraat' });
  });

  it('asked after "ik wil graag weten" and joined with "en ook" is offered too, and its words do not choose the first answer\'s section', async () => {
    const conversation = new TestConversation(bot);
    const [reply] = await conversation.say('hoi ik wil graag weten hoe ik een paspoort aanvraag en ook wat een rijbewijs kost');
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId: 'paspoort-aanvragen' });
    expect(reply?.text).not.toContain('**Kosten**');
    expect(reply?.text).toMatch(/U vroeg ook naar \*\*Rijbewijs/);
  });

  it('of a few common words asks more about the answer before, even when another article has them too', async () => {
    await answeredAfter('ik ben verhuisd, moet ik dat doorgeven', 'binnen hoeveel dagen', 'verhuizing-doorgeven');
    await answeredAfter('ik ben verhuisd, moet ik dat doorgeven', 'moet ik een afspraak maken', 'verhuizing-doorgeven');
  });

  it('that points back ("hem") but names a topic the answer before lacks is not answered from it', async () => {
    const reply = await after('wat kost parkeren in het centrum', 'mijn zoon is geboren, hoe geef ik hem aan');
    expect(reply.articleId).not.toBe('parkeren-vergunning-bewoners');
    // Both articles hold every word; the licence article is about them, the passport one only mentions an ID card.
    await answeredAfter('hoe vraag ik een id kaart aan', 'mijn portemonnee is gestolen met mijn rijbewijs erin', 'rijbewijs-kwijt');
  });

  it('of one word that names topics of its own gets those, not the answer before ("rijbewijs" after a passport answer)', async () => {
    const licence = await after('paspoort aanvragen', 'rijbewijs');
    expect(licence).toMatchObject({ kind: 'clarify', options: expect.arrayContaining(['rijbewijs-verlengen', 'rijbewijs-kwijt']) });
    const waste = await after('hoe geef ik een verhuizing door', 'afval');
    expect(waste.kind).toBe('clarify');
    expect(waste.options).toContain('afvalkalender');
  });

  it('that leans on the answer before shows the section holding its own rare word ("kwijtschelding" → "Weinig inkomen?")', async () => {
    const conversation = new TestConversation(bot);
    await conversation.say('hondenbelasting');
    const [reply] = await conversation.say('kan ik ook kwijtschelding krijgen');
    expect(loketData(reply)).toMatchObject({ kind: 'answer', articleId: 'hondenbelasting' });
    expect(reply?.text).toContain('**Weinig inkomen?**');
  });

  it("of a few words that name no article's topic asks more about the answer before when it holds them all", async () => {
    const conversation = new TestConversation(bot);
    await conversation.say('ik wil mijn rijbewijs verlengen');
    // The article says "Wat neemt u mee?": a separable verb, written apart.
    const [bring] = await conversation.say('wat moet ik meenemen');
    expect(loketData(bring)).toMatchObject({ kind: 'answer', articleId: 'rijbewijs-verlengen' });
    expect(bring?.text).toContain('**Wat neemt u mee?**');
    // The passport and ID-card articles ask for a photo too; the citizen asks about the licence.
    await answeredAfter('rijbewijs verlengen', 'moet ik een pasfoto meenemen', 'rijbewijs-verlengen');
    await answeredAfter('rijbewijs verlengen', 'moet ik een foto meenemen', 'rijbewijs-verlengen');
    // In English through the synonym list: "bring" is "meenemen", which the article writes apart.
    await answeredAfter('how do I renew my driving licence', 'what do I need to bring', 'rijbewijs-verlengen');
  });

  it('of a common verb the article writes in another form is read with the answer before ("wie moet ik bellen" → "Bel 14 0456")', async () => {
    await answeredAfter('mijn buurman zet altijd zijn vuilnis naast de container', 'wie moet ik bellen', 'zwerfafval-dumping');
  });

  it('about someone in the citizen\'s story is read with the answer before ("mag mijn man hem ophalen")', async () => {
    await answeredAfter('kan ik mijn paspoort ophalen', 'mag mijn man hem ophalen', 'reisdocument-ophalen');
    await answeredAfter('ik wil een uittreksel uit de brp', 'kan mijn dochter dat voor mij regelen', 'uittreksel-brp');
    // "iemand anders" and "someone else" say who, as "mijn man" does: they found the passport pick-up and the voting proxy.
    await answeredAfter('grofvuil laten ophalen', 'kan iemand anders het voor mij doen?', 'grofvuil-ophalen');
    await answeredAfter('uittreksel brp', 'can someone else do it for me?', 'uittreksel-brp');
  });

  it('that names the topic of the answer before asks more about it ("hoe maak ik bezwaar" after the WOZ answer)', async () => {
    await answeredAfter('wat is de woz waarde van mijn huis', 'hoe kan ik bezwaar maken', 'woz-waarde-bezwaar');
    await answeredAfter('ik heb een parkeerboete gekregen maar ik stond goed', 'hoe maak ik bezwaar', 'parkeerboete-bezwaar');
    // On its own, the general article on objections.
    const [general] = await new TestConversation(bot).say('hoe maak ik bezwaar');
    expect(loketData(general)).toMatchObject({ kind: 'answer', articleId: 'bezwaar-maken' });
  });

  it('that would get "Bedoelt u …?" gets the one offered article that fits the conversation\'s topic', async () => {
    // Three articles mention Spain; after a question about moving, moving abroad is meant.
    await answeredAfter('ik ga verhuizen', 'naar spanje', 'verhuizen-naar-buitenland');
    expect((await after('ik ga verhuizen', 'wat is de hoofdstad van spanje')).kind).toBe('abstain');
  });

  it('in English finds the Dutch article\'s weekdays ("is it open on sunday" after the recycling centre)', async () => {
    await answeredAfter('where is the recycling centre', 'is it open on sunday', 'milieustraat');
  });

  it('that points back with no topic of its own stays with the article just answered, or says it cannot find it there, after every article', async () => {
    const knowledge = (await indexOf(knowledgeSourceOf({ knowledge: DEMO_CONTENT, format: 'markdown' }))).articles;
    const elsewhere: string[] = [];
    for (const article of knowledge.values()) {
      // "gratis", "bel" and "niet" are in most articles and in a title each ("Gratis of goedkoop trouwen", "Noodsituatie: bel 112");
      // "verplicht" and "telefonisch" are in a few. Each of these once took 20 to 101 of these questions to another article.
      for (const question of [
        'wat kost dat',
        'hoe lang duurt dat',
        'kan dat online',
        'is dat gratis?',
        'moet ik daarvoor bellen?',
        'kan ik dat niet online doen?',
        'is dat verplicht?',
        'kan ik dat telefonisch doen?',
      ]) {
        const conversation = new TestConversation(bot);
        const [answer] = await conversation.say(article.title);
        if (loketData(answer).articleId !== article.id) continue;
        const reply = loketData((await conversation.say(question))[0]);
        if (reply.articleId !== article.id && reply.reason !== 'abstain:not-in-article')
          elsewhere.push(`${article.id}: ${question} -> ${reply.reason} ${reply.articleId ?? ''}`);
      }
    }
    expect(elsewhere).toEqual([]);
  });

  it('"waar moet ik naartoe?" asks where to go for the answer before, not which article has "naartoe"', async () => {
    // It offered Veilig Thuis and two waste articles, whose citizen questions have the word, after 97 of the titles.
    await answeredAfter('paspoort aanvragen', 'waar moet ik naartoe?', 'paspoort-aanvragen');
    await answeredAfter('grofvuil laten ophalen', 'waar moet ik heen?', 'grofvuil-ophalen');
  });

  it('that is the rest of the question before ("en voor een kind?") shows the part that question asked about', async () => {
    await shows('wat kost een paspoort', 'en voor mijn zoon van 8?', 'paspoort-aanvragen', 'Kosten');
    // The child says for whom, not what about: still the cost, not the section on children.
    await shows('wat kost een id-kaart', 'en voor een kind?', 'id-kaart-aanvragen', 'Kosten');
    // The same question about another topic, and not that topic's word in the question before ("kapvergunning").
    await shows('wat kost een paspoort', 'en een id-kaart?', 'id-kaart-aanvragen', 'Kosten');
    await shows('wat kost een kapvergunning', 'en een dakkapel?', 'dakkapel-plaatsen', 'Kosten');
    await shows('hoe lang duurt bezwaar maken', 'en een klacht?', 'klacht-indienen', 'Hoe lang duurt het?');
    // Its own words still name a section first.
    await shows('wat kost een paspoort', 'en hoe lang duurt het?', 'paspoort-aanvragen', 'Hoe lang duurt het?');
  });

  it('that asks the question before about another topic gets that topic, though the answer before mentions it', async () => {
    // The VOG page says when an extract from the BRP is enough.
    await answeredAfter('hoe lang duurt het aanvragen van een vog', 'en een uittreksel?', 'uittreksel-brp');
    // A child is who it is for, not the topic of "Erkenning kind".
    await answeredAfter('ik wil een paspoort aanvragen voor mijn zoon', 'moet mijn kind mee', 'paspoort-aanvragen');
  });

  it('in English that is the rest of the question before stays with its topic', async () => {
    // "child" is also in the English questions of "Kind erkennen", and only translated in the passport article.
    await answeredAfter('what does a passport cost?', 'and for a child?', 'paspoort-aanvragen');
    await answeredAfter('how much is the dog tax?', 'and for a second dog?', 'hondenbelasting');
  });

  it('shows a heading about what is not done only for a question with a negation', async () => {
    // "Wat nemen wij niet mee?" for "mag een matras ook mee" reads as a no, though a mattress may go.
    await shows('wanneer wordt het grofvuil opgehaald', 'mag een matras ook mee', 'grofvuil-ophalen', 'Regels voor grofvuil');
    // Paint is only in that section: it is still shown, with its link to chemical waste.
    await shows('mag een matras mee met het grofvuil', 'en verf?', 'grofvuil-ophalen', 'Wat nemen wij niet mee?');
    // Not pointing back, the same word asks about paint itself: "verf" is a tag of the chemical waste article.
    await answeredAfter('wanneer wordt het grofvuil opgehaald', 'waar kan ik oude verf naartoe brengen', 'klein-chemisch-afval');
  });

  it('that is the rest of a question shows the part asked about, not a heading with a synonym of the topic word', async () => {
    // "markt" is in the title (marktplaats); its synonym "weekmarkt" does not ask for "Standplaats buiten de markt".
    await shows('wat kost een evenementenvergunning', 'en een standplaats op de markt?', 'standplaats-markt', 'Kosten');
    // English words lend their Dutch translation one way only: "honden" gains no "dog".
    await shows('wat kost de hondenbelasting', 'en voor een tweede hond?', 'hondenbelasting', 'Kosten');
  });

  it('of words no title has is asked about the answer before, when its article holds them', async () => {
    // As a first message it asks "Waar gaat uw vraag over?"; it got "Erkenning kind" after the moving answer.
    await shows('hoe geef ik een verhuizing door', 'welke papieren moet ik meenemen?', 'verhuizing-doorgeven', 'Wat neemt u mee?');
  });

  it('that leans on the answer before is answered from it', async () => {
    await answeredAfter('ik wil een uittreksel uit de brp', 'en hoe lang duurt het?', 'uittreksel-brp');
    await answeredAfter('hoe geef ik een verhuizing door', 'kan dat ook online', 'verhuizing-doorgeven');
    // "ergens" (somewhere) names no place or topic: it found the lost-property article ("ergens laten liggen").
    await answeredAfter('hoi, ik ben net verhuisd naar lindewijk', 'moet ik dat ergens melden?', 'verhuizing-doorgeven');
  });
});

import { readChoice } from '../../dialogs/clarification';
import { recogniseSmallTalk } from '../../dialogs/smallTalk';
import { Article } from '../../knowledge/articles/article';

const article = (id: string, title: string) => ({ id, title }) as Article;
const options = [article('paspoort-aanvragen', 'Paspoort aanvragen'), article('id-kaart-aanvragen', 'ID-kaart aanvragen')];

describe('reading the answer to "Bedoelt u …?"', () => {
  it.each([
    ['1', 'paspoort-aanvragen'],
    ['de eerste', 'paspoort-aanvragen'],
    ['tweede', 'id-kaart-aanvragen'],
    ['the second one', 'id-kaart-aanvragen'],
    ['paspoort', 'paspoort-aanvragen'],
    ['ID-kaart aanvragen', 'id-kaart-aanvragen'],
  ])('"%s" chooses %s', (text, id) => expect(readChoice(text, options)).toEqual({ kind: 'chosen', articleId: id }));

  it('counts up to three options, and "de laatste" is the last of however many', () => {
    const three = [...options, article('rijbewijs-verlengen', 'Rijbewijs verlengen')];
    expect(readChoice('3', three)).toEqual({ kind: 'chosen', articleId: 'rijbewijs-verlengen' });
    expect(readChoice('de derde', three)).toEqual({ kind: 'chosen', articleId: 'rijbewijs-verlengen' });
    expect(readChoice('de laatste', three)).toEqual({ kind: 'chosen', articleId: 'rijbewijs-verlengen' });
    expect(readChoice('de laatste', options)).toEqual({ kind: 'chosen', articleId: 'id-kaart-aanvragen' });
    expect(readChoice('3', options)).toEqual({ kind: 'unrelated' });
  });

  it.each(['geen van deze', 'none of these', 'Geen van beide'])('"%s" rejects both', (text) => expect(readChoice(text, options)).toEqual({ kind: 'none' }));

  it('treats a longer message as a new question', () => {
    expect(readChoice('hoe lang duurt het aanvragen van een paspoort voor mijn kind', options)).toEqual({ kind: 'unrelated' });
    expect(readChoice('aanvragen', options)).toEqual({ kind: 'unrelated' });
  });
});

describe('small talk', () => {
  it.each(['hallo', 'Goedemorgen!', 'hi', 'good morning'])('"%s" is a greeting', (text) => expect(recogniseSmallTalk(text)).toBe('greeting'));
  it.each([
    ...['bedankt', 'dank u wel!', 'thanks a lot', 'top, bedankt', 'bedankt voor de hulp', 'thanks for the info'],
    // With praise, wishes and a signature.
    'Heel erg bedankt, u heeft me enorm geholpen! Groetjes Marieke',
    'Hartelijk dank voor uw snelle reactie. Met vriendelijke groet, Jan de Vries',
    'Dank u wel voor de snelle hulp, fijne dag nog',
    'thank you so much for your help, have a nice day',
  ])('"%s" is thanks', (text) => expect(recogniseSmallTalk(text)).toBe('thanks'));
  it.each(['doei', 'Tot ziens!', 'bedankt, doei', 'houdoe', 'salukes', 'bye', 'see you later', 'dank u en fijne dag, daag'])('"%s" is a goodbye', (text) =>
    expect(recogniseSmallTalk(text)).toBe('goodbye'),
  );
  it.each(['doei paspoort', 'tot wanneer kan ik bezwaar maken', 'dag'])('"%s" is not a goodbye', (text) =>
    expect(recogniseSmallTalk(text)).not.toBe('goodbye'),
  );
  it.each(['ben jij een robot?', 'zijt gij een robot', 'wat kunt ge allemaal', 'am I talking to a bot', 'wie ben je'])(
    '"%s" asks about the assistant',
    (text) => expect(recogniseSmallTalk(text)).toBe('about-assistant'),
  );
  it.each(['spreekt u engels?', 'spreekt ge Engels', 'do you speak English?', 'kan het ook in het engels'])('"%s" asks for English', (text) =>
    expect(recogniseSmallTalk(text)).toBe('english'),
  );
  it.each([
    'hoe laat is het?',
    'hoe laat is het nu',
    'wat is het weer morgen',
    'welke dag is het vandaag',
    'vertel eens een mop',
    'ken jij een grap',
    'what time is it',
    'tell me a joke',
  ])('"%s" is chit-chat Loket has no answer to', (text) => expect(recogniseSmallTalk(text)).toBe('chitchat'));
  it.each([
    'hoe laat is het stadhuis open',
    'hoe laat wordt het grofvuil opgehaald',
    'welke dag wordt het afval opgehaald',
    'wat is de datum van de verkiezingen',
    'what time does the town hall open',
  ])('"%s" is a question, not chit-chat', (text) => expect(recogniseSmallTalk(text)).toBeUndefined());
  it.each([
    ...['ok', 'ja', 'Oké!', 'ja hoor', 'prima', 'got it'],
    // Understood, or the next step one takes oneself.
    ...['Ik begrijp het, dank u', 'Super, ik ga het proberen', 'ik snap het', 'Ok, dan weet ik genoeg', 'alles duidelijk!', "perfect, I'll do that"],
    ...['aha, nu snap ik het', 'Dat helpt me echt verder, bedankt', 'Ok, dan ga ik morgen even bellen', "ok thanks I'll call them"],
    // Laughter, praise, Flemish "in orde" and "da's goed" (filler as written: "goed" is read as "goet").
    ...['lol', 'haha ok', 'xD', 'geweldig', "da's goed", "goed, 't is in orde", 'Prima, ik lees het even door. Fijn weekend!', 'gelukt!'],
    // A plan with what the answer told of, a call or a look of one's own, something already done.
    ...['ik zal het formulier invullen, bedankt', 'ik maak wel een afspraak', 'ok ik kom morgen wel langs', 'ik ga het aanvragen'],
    ...['dan bel ik ze morgen', 'ik kijk het even na', 'top, daar kan ik wat mee', 'gedaan, heb t net gemeld. thanks'],
    "perfect, I'll book an appointment then",
  ])('"%s" says the answer was read', (text) => expect(recogniseSmallTalk(text)).toBe('acknowledged'));
  it.each(['test', 'ben je er nog?', 'are you there?', 'werkt dit?'])('"%s" asks whether anyone is there: answered as a greeting', (text) =>
    expect(recogniseSmallTalk(text)).toBe('greeting'),
  );
  it.each([
    ...['cheers', 'geweldig!! dankjewell', 'bedankt, groetjs Sanne', 'jaaa fijn, bedankt', 'dankjewel! je bent een topper'],
    // The word limit is on the thanks, not on the name after it.
    'Hartelijk dank voor uw uitgebreide en heldere antwoord. Met vriendelijke groet, J. de Vries',
  ])('"%s" is thanks, also misspelled or drawn out', (text) => expect(recogniseSmallTalk(text)).toBe('thanks'));
  it.each(['dat was t, bedankt', 'ok laat maar', 'never mind', 'nou ja, jammer dan'])('"%s" gives up or is done', (text) =>
    expect(recogniseSmallTalk(text)).toBe('declined'),
  );
  it.each(['fijne dag nog!', 'in orde, salukes', 'have a nice day'])('"%s" says goodbye', (text) => expect(recogniseSmallTalk(text)).toBe('goodbye'));
  it.each([
    ...['ik ga een paspoort aanvragen', 'ik wil een afspraak maken', 'ik kom morgen langs op het gemeentehuis', 'is mijn paspoort in orde'],
    ...['het is niet gelukt', 'ik heb wat vragen', 'moet ik wat doen', 'fijne dag, hoe laat zijn jullie open', 'testament'],
    ...['jammer, dat was niet wat ik zocht', 'daar kan ik wat mee, maar wat kost het'],
  ])('"%s" is a question or a problem, not small talk', (text) => expect(recogniseSmallTalk(text)).toBeUndefined());
  it.each(['Nee, dat was het, bedankt', 'Dat was alles', 'Ik heb geen vragen meer', "no that's it, thanks", "no thanks, that's all for now"])(
    '"%s" has nothing more to ask',
    (text) => expect(recogniseSmallTalk(text)).toBe('declined'),
  );
  it.each([
    'ik begrijp het niet',
    'nee, dat was het niet',
    'ik snap het, maar hoe dan?',
    'ik begrijp het nog steeds niet',
    'is dat alles?',
    'ik ga bellen want mijn vader ligt op de grond',
    'that is all i need to know about the parking permit',
  ])('"%s" is no end of the exchange', (text) => expect(['acknowledged', 'declined']).not.toContain(recogniseSmallTalk(text)));
  it.each(['thx', 'tnx!', 'allee, merci', 'Ah ok dankje', 'thank you very much for your time'])('"%s" is thanks', (text) =>
    expect(recogniseSmallTalk(text)).toBe('thanks'),
  );
  it.each(['nee', 'nee hoor', 'neen', 'nee dank je', 'no thanks', 'nee niet echt'])('"%s" declines', (text) =>
    expect(recogniseSmallTalk(text)).toBe('declined'),
  );
  it.each(['ja maar hoe dan?', 'nee, voor mijn dochter', 'ja ik wil verhuizen', 'ok en wat kost het', 'ok hoelang'])('"%s" asks more', (text) =>
    expect(recogniseSmallTalk(text)).toBeUndefined(),
  );
  it.each([
    ...['hallo ik wil een paspoort', 'bedankt, en wat kost het?', 'wat kunt u doen tegen ratten', 'wat kunt ge doen aan de overlast'],
    // Thanks that goes on: a problem, or words that are no courtesy.
    ...['bedankt, maar het lukt nog steeds niet', 'Bedankt. Groetjes, ik ben er morgen niet meer', 'bedankt voor de hulp met mijn schulden'],
  ])('"%s" is not only small talk', (text) => {
    expect(recogniseSmallTalk(text)).toBeUndefined();
  });
});

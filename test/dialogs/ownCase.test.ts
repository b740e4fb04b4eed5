import { asksAboutOwnCase } from '../../dialogs/ownCase';

describe("questions about the citizen's own case", () => {
  it.each([
    'hoe ver is mijn aanvraag',
    'ik wil weten of mijn aanvraag binnen is',
    'is mijn bezwaar al behandeld?',
    'hoe staat het met mijn melding',
    'hebben jullie mijn formulier ontvangen',
    'what is the status of my application',
    'has my request been processed',
  ])('recognises "%s"', (text) => expect(asksAboutOwnCase(text)).toBe(true));

  it.each(['hoe vraag ik een paspoort aan', 'hoe ver is de milieustraat', 'wat kost een aanvraag', 'how do I apply for a parking permit'])(
    'leaves "%s" alone',
    (text) => expect(asksAboutOwnCase(text)).toBe(false),
  );
});

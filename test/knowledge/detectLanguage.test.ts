import { detectLanguage } from '../../knowledge/text/detectLanguage';

describe('language detection', () => {
  it.each([
    ['Hoe vraag ik een paspoort aan?', 'nl'],
    ['How do I apply for a passport?', 'en'],
    // Quoted words are someone else's: the citizen writes in the language around them.
    ["mn stiefdochter post steeds 'see you on the other side' en ze heeft haar hele kamer leeggeruimd, ik vertrouw het niet", 'nl'],
    ["ik krijg 'the page you are looking for is not available' bij de paspoortaanvraag", 'nl'],
    ['my landlord wrote "u moet binnen een week vertrekken uit de woning" what does that mean?', 'en'],
    // Apostrophes are no quotes.
    ["'k wil mijn paspoort verlengen, 't is dringend", 'nl'],
    ["it's my passport, can i renew it", 'en'],
    // A message that is all quote is read whole.
    ['"ik wil een paspoort"', 'nl'],
  ])('reads "%s" as %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  it('leaves a single word undecided, for the channel or the conversation to settle', () => {
    expect(detectLanguage('paspoort')).toBeUndefined();
  });
});

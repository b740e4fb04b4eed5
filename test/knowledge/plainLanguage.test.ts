import { checkPlainLanguage, countSyllables, splitSentences } from '../../knowledge/authoring/plainLanguage';

describe('the plain-language check for editors', () => {
  it.each([
    ['huis', 1],
    ['gemeente', 3],
    ['paspoort', 2],
    ['aanvragen', 3],
    ['kinderopvangtoeslag', 6],
    ['zelfstandig', 3],
    ['ruïne', 3],
    ['nieuw', 1],
    ['leeuw', 1],
    ['uittreksel', 3],
    ['belasting', 3],
    ['afvalkalender', 5],
    ['verhuizing', 3],
    ['ijs', 1],
    ['mooi', 1],
    ['toestemming', 3],
  ])('counts the syllables of "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('splits sentences, but not at abbreviations, decimals or times', () => {
    expect(splitSentences('U betaalt € 12.50 per jaar. Dat is o.a. voor de ophaaldienst! Kom om 09.00 uur, bijv. op maandag. Klaar?')).toEqual([
      'U betaalt € 12.50 per jaar.',
      'Dat is o.a. voor de ophaaldienst!',
      'Kom om 09.00 uur, bijv. op maandag.',
      'Klaar?',
    ]);
  });

  it('reads Markdown as a citizen sees it: headings and list items are sentences, links are their text', () => {
    expect(splitSentences('## Zo regelt u het\n\n1. Maak een [afspraak](https://www.lindewijk.nl/afspraak)\n- Neem uw **paspoort** mee')).toEqual([
      'Zo regelt u het',
      'Maak een afspraak',
      'Neem uw paspoort mee',
    ]);
  });

  it('rates a short B1 text as easy, without advice', () => {
    const report = checkPlainLanguage('U vraagt een paspoort aan bij het stadhuis. Maak eerst een afspraak. Neem een pasfoto mee. Na vijf dagen is het klaar.');
    expect(report).toMatchObject({ sentences: 4, words: 22, level: 'easy', longSentences: [], advice: [] });
    expect(report.readingEase).toBeGreaterThanOrEqual(60);
  });

  it('rates bureaucratic language as difficult and names the long sentence and long words', () => {
    const long =
      'Ingevolge de desbetreffende verordening dient de aanvrager van een omgevingsvergunning voorafgaand aan de indiening van de aanvraag de benodigde documentatie betreffende de constructieve veiligheid te overleggen aan de behandelend ambtenaar.';
    const report = checkPlainLanguage(long);
    expect(report.level).toBe('difficult');
    expect(report.longSentences).toEqual([long]);
    expect(report.longWords).toEqual(expect.arrayContaining(['desbetreffende', 'omgevingsvergunning', 'documentatie']));
    expect(report.advice[0]).toMatch(/^De tekst is moeilijk te lezen \(leesgemak \d+(\.\d)?\)/);
    expect(report.advice[1]).toMatch(/^Maak deze zin korter \(30 woorden\)/);
  });

  it('does not count web addresses, e-mail addresses or numbers as long words', () => {
    expect(checkPlainLanguage('Kijk op www.lindewijk.nl/omgevingsloket of mail info@lindewijk.nl. Bel 140456.').longWords).toEqual([]);
  });

  it('gives zeros for an empty text', () => {
    expect(checkPlainLanguage('  \n ')).toEqual({ sentences: 0, words: 0, averageSentenceWords: 0, readingEase: 100, level: 'easy', longSentences: [], longWords: [], advice: [] });
  });
});

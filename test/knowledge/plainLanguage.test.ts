import { checkPlainLanguage, countSyllables, splitSentences } from '../../knowledge/authoring/plainLanguage';

describe('countSyllables', () => {
  it.each([
    ['huis', 1],
    ['ijs', 1],
    ['mooi', 1],
    ['nieuw', 1],
    ['leeuw', 1],
    ['paspoort', 2],
    ['aanvraag', 2],
    ['bijstand', 2],
    ['moeilijk', 2],
    ['milieu', 2],
    ['eeuwen', 2],
    ['aaien', 2],
    ['nieuwsbrief', 2],
    ['gemeente', 3],
    ['aanvragen', 3],
    ['zelfstandig', 3],
    ['uittreksel', 3],
    ['belasting', 3],
    ['verhuizing', 3],
    ['toestemming', 3],
    ['inkomen', 3],
    ['huurtoeslag', 3],
    ['rijbewijs', 3],
    ['ruïne', 3],
    ['ideeën', 3],
    ['beëindigen', 4],
    ['kopiëren', 4],
    ['zorgverzekering', 5],
    ['afvalkalender', 5],
    ['kinderopvangtoeslag', 6],
  ])('counts "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('ignores capitals and punctuation around a word', () => {
    expect(countSyllables('Gemeente,')).toBe(3);
  });
});

describe('splitSentences', () => {
  it('splits at . ! and ? but not at abbreviations, decimals or times', () => {
    expect(splitSentences('U betaalt € 12,50 of 1.5 keer zoveel. Dat is o.a. voor de ophaaldienst! Kom om 09.00 uur, bijv. op maandag. Klaar?')).toEqual([
      'U betaalt € 12,50 of 1.5 keer zoveel.',
      'Dat is o.a. voor de ophaaldienst!',
      'Kom om 09.00 uur, bijv. op maandag.',
      'Klaar?',
    ]);
  });

  it('keeps d.w.z., z.s.m., nr., ca., incl. and t/m inside the sentence, also with a capital', () => {
    expect(
      splitSentences('Bijv. een uittreksel, d.w.z. een bewijs. Reageer z.s.m. op brief nr. 4. Het kost ca. € 20 incl. verzending. Open van ma t/m vr.'),
    ).toEqual(['Bijv. een uittreksel, d.w.z. een bewijs.', 'Reageer z.s.m. op brief nr. 4.', 'Het kost ca. € 20 incl. verzending.', 'Open van ma t/m vr.']);
  });

  it('does not mistake the end of a word for an abbreviation', () => {
    expect(splitSentences('Hij woont in Amerika. Nu niet meer.')).toEqual(['Hij woont in Amerika.', 'Nu niet meer.']);
  });

  it('ends a sentence at "enz." only when a capital follows', () => {
    expect(splitSentences('Neem uw paspoort, rijbewijs enz. mee. Kom op tijd enz. Dan gaat het snel.')).toEqual([
      'Neem uw paspoort, rijbewijs enz. mee.',
      'Kom op tijd enz.',
      'Dan gaat het snel.',
    ]);
  });

  it('reads Markdown as a citizen sees it: headings and list items are sentences, links are their text', () => {
    expect(splitSentences('## Zo regelt u het\n\n1. Maak een [afspraak](https://www.lindewijk.nl/afspraak)\n- Neem uw **paspoort** mee')).toEqual([
      'Zo regelt u het',
      'Maak een afspraak',
      'Neem uw paspoort mee',
    ]);
  });

  it('joins the lines of a paragraph and skips front matter and code blocks', () => {
    const markdown =
      '---\ntitle: Paspoort\nurl: https://www.lindewijk.nl/paspoort\n---\n\nU vraagt een paspoort\naan bij de gemeente. Dat kan op werkdagen.\n\n```\nniet lezen. echt niet.\n```\n';
    expect(splitSentences(markdown)).toEqual(['U vraagt een paspoort aan bij de gemeente.', 'Dat kan op werkdagen.']);
  });
});

describe('checkPlainLanguage', () => {
  it('rates a short B1 text as easy, without advice', () => {
    // 17 words in 3 sentences, 29 syllables: 206.835 − 0.93 × 17/3 − 77 × 29/17 = 70.2
    const report = checkPlainLanguage('Wilt u een uitkering aanvragen? Vul dan het formulier in. Wij beoordelen uw aanvraag binnen acht weken.');
    expect(report).toEqual({
      sentences: 3,
      words: 17,
      averageSentenceWords: 5.7,
      readingEase: 70.2,
      level: 'easy',
      longSentences: [],
      longWords: [],
      advice: [],
    });
  });

  it('rates bureaucratic language as difficult and names the long sentence and long words', () => {
    const long =
      'Ingevolge de desbetreffende verordening dient de aanvrager van een omgevingsvergunning voorafgaand aan de indiening van de aanvraag de benodigde documentatie betreffende de constructieve veiligheid te overleggen aan de behandelend ambtenaar.';
    const report = checkPlainLanguage(`Dit is kort. ${long}`);
    expect(report.level).toBe('difficult');
    expect(report.sentences).toBe(2);
    expect(report.words).toBe(33);
    expect(report.readingEase).toBeLessThan(40);
    expect(report.longSentences).toEqual([long]);
    expect(report.longWords).toEqual(['desbetreffende', 'omgevingsvergunning', 'documentatie']);
    expect(report.advice).toEqual([
      `De tekst is moeilijk te lezen (leesgemak ${report.readingEase}). Gebruik kortere zinnen en woorden.`,
      `Maak deze zin korter (30 woorden): ${long}`,
      'Gebruik een korter of bekender woord dan ‘desbetreffende’.',
      'Gebruik een korter of bekender woord dan ‘omgevingsvergunning’.',
      'Gebruik een korter of bekender woord dan ‘documentatie’.',
    ]);
  });

  it('finds long words by letters as well as by syllables, once each and in lower case', () => {
    // "Schouwburgkaartjes" has 4 syllables but 18 letters; "organisaties" has 12 letters but 5 syllables.
    expect(checkPlainLanguage('Schouwburgkaartjes koopt u online. Organisaties en schouwburgkaartjes ook.').longWords).toEqual([
      'schouwburgkaartjes',
      'organisaties',
    ]);
  });

  it('does not count web addresses, e-mail addresses or numbers as long words', () => {
    expect(checkPlainLanguage('Kijk op www.lindewijk.nl/omgevingsloket of mail info@lindewijk.nl. Bel 1404567890123456.').longWords).toEqual([]);
  });

  it('gives zeros and no advice for an empty text', () => {
    expect(checkPlainLanguage('  \n ')).toEqual({
      sentences: 0,
      words: 0,
      averageSentenceWords: 0,
      readingEase: 0,
      level: 'easy',
      longSentences: [],
      longWords: [],
      advice: [],
    });
    expect(checkPlainLanguage('## \n- \n')).toMatchObject({ sentences: 0, words: 0, advice: [] });
  });
});

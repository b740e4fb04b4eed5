import { sentencesOf } from '../../knowledge/text/sentences';

describe('sentencesOf', () => {
  it('keeps abbreviations, decimals and times inside a sentence', () => {
    expect(sentencesOf('Ik heb o.a. een vraag over de afvalpas, bijv. voor 09.00 uur. Kost 1.5 keer zoveel? Ja!')).toEqual([
      'Ik heb o.a. een vraag over de afvalpas, bijv. voor 09.00 uur.',
      'Kost 1.5 keer zoveel?',
      'Ja!',
    ]);
  });

  it('reads English abbreviations in a message', () => {
    expect(sentencesOf('I need a document, e.g. a birth certificate. Where do I get it?')).toEqual([
      'I need a document, e.g. a birth certificate.',
      'Where do I get it?',
    ]);
  });

  it('ends a sentence at a colon only when asked to', () => {
    const text = 'Mijn buurman vroeg me dit te vragen: mag een schutting 2 meter hoog zijn?';
    expect(sentencesOf(text)).toEqual([text]);
    expect(sentencesOf(text, { colonEnds: true })).toEqual(['Mijn buurman vroeg me dit te vragen:', 'mag een schutting 2 meter hoog zijn?']);
  });

  it('ends a sentence after a closing quote and drops empty parts', () => {
    expect(sentencesOf('Hij zei: "Kom morgen." Dat deed ik.  ')).toEqual(['Hij zei: "Kom morgen."', 'Dat deed ik.']);
  });
});

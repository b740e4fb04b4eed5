import { looksLikeFollowUp } from '../../dialogs/followUp';

describe('recognising a message that leans on the previous answer', () => {
  it.each([
    'en wat kost dat?',
    'wat kost het',
    'kan mijn zus dat voor mij doen?',
    'hoe lang moet ik daarop wachten',
    'moet ik ook naar de politie?',
    'and how much is it?',
  ])('"%s" points back', (text) => expect(looksLikeFollowUp(text)).toBe(true));

  it.each([
    'hoeveel kost een taxi van het station naar het ziekenhuis',
    'hoe hoog is de huurtoeslag dit jaar',
    'what is the minimum wage this year',
    'hondenbelasting',
  ])('"%s" has a topic of its own', (text) => expect(looksLikeFollowUp(text)).toBe(false));

  it('counts a long message as a question of its own, whatever its words', () => {
    expect(looksLikeFollowUp('en dan nog iets heel anders over de afvalinzameling in onze straat en de containers daar')).toBe(false);
  });
});

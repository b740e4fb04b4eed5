import { asksOfIt, continuesQuestion, looksLikeFollowUp } from '../../dialogs/followUp';

describe('recognising a message that leans on the previous answer', () => {
  it.each([
    'en wat kost dat?',
    'wat kost het',
    'kan mijn zus dat voor mij doen?',
    'hoe lang moet ik daarop wachten',
    'moet ik ook naar de politie?',
    'and how much is it?',
    'is dat gratis?',
    'hoe lang is die nog geldig',
    'kan ik dat niet online doen?',
  ])('"%s" points back', (text) => expect(looksLikeFollowUp(text)).toBe(true));

  it.each([
    'hoeveel kost een taxi van het station naar het ziekenhuis',
    'hoe hoog is de huurtoeslag dit jaar',
    'what is the minimum wage this year',
    'hondenbelasting',
    'wie wint het songfestival dit jaar',
    'waar vind ik dat formulier voor de aanvraag',
  ])('"%s" has a topic of its own', (text) => expect(looksLikeFollowUp(text)).toBe(false));

  it.each([
    'is dat gratis?',
    'is dat echt verplicht',
    'hoe lang is die geldig',
    'tot wanneer is die nog geldig?',
    'kost dat veel?',
    'kan ik dat telefonisch doen?',
    'kan ik dat ook telefonisch regelen',
  ])('"%s" asks something of the last answer\'s topic', (text) => expect(asksOfIt(text)).toBe(true));

  it.each([
    'wie wint het songfestival dit jaar',
    'is dat formulier online te vinden',
    'mogen pampers bij het gft of is dat restafval',
    'wat kost dat',
    'kan ik dat paspoort voor mijn zoon aanvragen',
  ])('"%s" does not say something of a "dat" or "die"', (text) => expect(asksOfIt(text)).toBe(false));

  it('counts a long message as a question of its own, whatever its words', () => {
    expect(looksLikeFollowUp('en dan nog iets heel anders over de afvalinzameling in onze straat en de containers daar')).toBe(false);
  });
});

describe('recognising a message that is the rest of the question before', () => {
  it.each(['en voor mijn zoon van 8?', 'en een id-kaart?', 'en op zaterdag?', 'voor een kind?', 'and for my son?', 'ook voor bezoekers?'])(
    '"%s" asks nothing of its own',
    (text) => expect(continuesQuestion(text)).toBe(true),
  );

  it.each([
    'en hoe lang duurt het?',
    'en wat moet ik meenemen?',
    'moet mijn kind mee',
    'and how much is it?',
    'paspoort',
    'en dan nog iets heel anders over de containers',
  ])('"%s" is a question of its own', (text) => expect(continuesQuestion(text)).toBe(false));
});

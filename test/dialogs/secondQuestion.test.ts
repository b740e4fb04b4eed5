import { splitQuestions } from '../../dialogs/secondQuestion';

describe('finding two questions in one message', () => {
  it.each([
    ['hoe vraag ik een paspoort aan en wat kost een rijbewijs', 'hoe vraag ik een paspoort aan', 'wat kost een rijbewijs'],
    ['Hoe vraag ik een paspoort aan? En hoe lang duurt een rijbewijs verlengen?', 'Hoe vraag ik een paspoort aan', 'hoe lang duurt een rijbewijs verlengen?'],
    ['how do I apply for a passport and how much is the dog tax', 'how do I apply for a passport', 'how much is the dog tax'],
  ])('"%s"', (text, first, second) => expect(splitQuestions(text)).toEqual({ first, second }));

  it.each([
    'ik ga scheiden en moet met de kinderen het huis uit, kan ik voorrang krijgen op een woning',
    'wat kost een paspoort en een id kaart',
    'mijn paspoort is gestolen? wat nu',
    'ik heb een vraag? hoe vraag ik een paspoort aan',
  ])('"%s" is one question', (text) => expect(splitQuestions(text)).toBeUndefined());
});

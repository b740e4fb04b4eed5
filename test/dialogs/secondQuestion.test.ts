import { splitQuestions } from '../../dialogs/secondQuestion';

describe('finding two questions in one message', () => {
  it.each([
    ['hoe vraag ik een paspoort aan en wat kost een rijbewijs', 'hoe vraag ik een paspoort aan', 'wat kost een rijbewijs'],
    ['Hoe vraag ik een paspoort aan? En hoe lang duurt een rijbewijs verlengen?', 'Hoe vraag ik een paspoort aan', 'hoe lang duurt een rijbewijs verlengen?'],
    ['how do I apply for a passport and how much is the dog tax', 'how do I apply for a passport', 'how much is the dog tax'],
    [
      'hoi ik wil graag weten hoe ik een paspoort aanvraag en ook wat een rijbewijs kost',
      'hoi ik wil graag weten hoe ik een paspoort aanvraag',
      'wat een rijbewijs kost',
    ],
    [
      "I'd like to know how to apply for a passport and also when the bins are collected",
      "I'd like to know how to apply for a passport",
      'when the bins are collected',
    ],
  ])('"%s"', (text, first, second) => expect(splitQuestions(text)).toEqual({ first, second }));

  it.each([
    'ik ga scheiden en moet met de kinderen het huis uit, kan ik voorrang krijgen op een woning',
    'wat kost een paspoort en een id kaart',
    'mijn paspoort is gestolen? wat nu',
    'ik heb een vraag? hoe vraag ik een paspoort aan',
    'ik wil graag weten of ik mijn paspoort en mijn rijbewijs tegelijk kan verlengen',
    'ik wil graag een paspoort en ook wat informatie over een rijbewijs',
  ])('"%s" is one question', (text) => expect(splitQuestions(text)).toBeUndefined());
});

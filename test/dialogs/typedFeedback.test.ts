import { readTypedFeedback } from '../../dialogs/typedFeedback';

describe('reading a rating the citizen typed', () => {
  it.each([
    ['Verkeerd antwoord', { why: 'wrong' }],
    ['nee dat klopt helemaal niet', { why: 'wrong' }],
    ['dit is niet wat ik bedoel', { why: 'wrong' }],
    ['that is wrong', { why: 'wrong' }],
    ['onduidelijk', { why: 'unclear' }],
    ['ik snap het niet', { why: 'unclear' }],
    ['het is me niet helder', { why: 'unclear' }],
    ['kun je dat simpeler uitleggen?', { why: 'unclear' }],
    ['can you explain that more simply', { why: 'unclear' }],
    ['niet volledig', { why: 'incomplete' }],
    ['daar heb ik niks aan', {}],
    ['👎 Niet nuttig', {}],
    ['not helpful', {}],
  ])('"%s" is a rating', (text, rating) => expect(readTypedFeedback(text)).toEqual(rating));

  it.each([
    'het klopt niet dat mijn container niet geleegd is',
    'ik snap niet waarom mijn aanvraag is afgewezen',
    'mijn afval is niet opgehaald',
    'klopt',
    'kun je uitleggen hoe ik een paspoort aanvraag',
  ])('"%s" is not', (text) => expect(readTypedFeedback(text)).toBeUndefined());
});

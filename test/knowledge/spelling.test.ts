import { editDistance, SpellingCorrector } from '../../knowledge/text/spelling';
import { TextAnalyzer } from '../../knowledge/text/analyzer';

const VOCABULARY = ['evenementenvergunning', 'urgentieverklaring', 'subsidie', 'afspraak', 'klacht', 'paspoort', 'paspoorten', 'kwijt'];

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['subsidei', 'subsidie', 1],
    ['afpsraak', 'afspraak', 1],
    ['urgentieverklaing', 'urgentieverklaring', 1],
    ['evenementenvergunnig', 'evenementenvergunning', 1],
    ['klagt', 'klacht', 2],
    ['paspoort', 'paspoort', 0],
  ])('%s → %s is %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

  it('gives up early once the limit is passed', () => expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3));
});

describe('spelling correction against the knowledge base', () => {
  const corrector = new SpellingCorrector(VOCABULARY);

  it('suggests the known word for one slip, and for two in a long word', () => {
    expect(corrector.suggest('subsidei')).toEqual(['subsidie']);
    expect(corrector.suggest('evenementnvergunnig')).toEqual(['evenementenvergunning']);
  });

  it('leaves short words and unknown words far from any known one alone', () => {
    expect(corrector.suggest('kwyt')).toEqual([]);
    expect(corrector.suggest('notaris')).toEqual([]);
  });

  it('lends the corrected word’s terms to the question word, only when the word is unknown in every form', () => {
    const analyzer = new TextAnalyzer(VOCABULARY);
    const [typo] = analyzer.queryTokens('subsidei');
    expect(typo?.related).toContain('subsidie');
    // A plural the knowledge base knows by its stem is not "corrected" to another word.
    expect(analyzer.queryTokens('paspoorten')[0]?.related).toEqual([]);
  });
});

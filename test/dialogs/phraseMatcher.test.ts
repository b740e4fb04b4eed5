import {
  clauseWords,
  isPrefixTypoOf,
  isTypoOf,
  normaliseWord,
  normaliseWords,
  PhraseMatcher,
  withoutSpans,
  WordReader,
} from '../../dialogs/safety/phraseMatcher';
import { realWordVeto } from '../../dialogs/safety/realWords';

describe('typos of a phrase word', () => {
  it.each([
    ['gewnd', 'gewond'], // a letter left out
    ['gewoond', 'gewond'], // one too many
    ['gewind', 'gewond'], // one changed
    ['zelfmoort', 'zelfmoord'],
    ['zelfmrod', 'zelfmoord'], // two edits, from nine letters on
  ])('reads "%s" as "%s"', (word, option) => expect(isTypoOf(word, option)).toBe(true));

  it.each([
    ['gewond', 'gewond'], // the word itself is no typo
    ['gwnd', 'gewond'], // two edits in six letters
    ['hewond', 'gewond'], // typos rarely hit the first letter
    ['dood', 'doos'], // short words must be exact
    ['zelmrood', 'zelfmoord'], // three edits
  ])('does not read "%s" as "%s"', (word, option) => expect(isTypoOf(word, option)).toBe(false));

  it('reads the start of a word as a misspelled prefix, unless that start is a real word', () => {
    expect(isPrefixTypoOf('zelfmorodgedachten', 'zelfmoord')).toBe(false);
    expect(isPrefixTypoOf('zelfmordgedachten', 'zelfmoord')).toBe(true);
    expect(isPrefixTypoOf('moestuin', 'molest', (start) => start === 'moest')).toBe(false);
  });

  it('writes stretched letters and a final d as the matcher reads them', () => {
    expect(normaliseWord('dooooood')).toBe('doot');
    expect(normaliseWord('zelfmoordt')).toBe('zelfmoort');
    expect(normaliseWord('hallo')).toBe('hallo');
  });
});

describe('the real-word veto', () => {
  const veto = realWordVeto(['iemand slaat me', 'shooting', 'gewond']);

  it('knows the real words that could pass for a typo of a phrase word', () => {
    expect(veto('staat')).toBe(true); // not "slaat"
    expect(veto('shouting')).toBe(true); // not "shooting"
  });

  it('leaves out misspellings and words far from every phrase word', () => {
    expect(veto('gewnd')).toBe(false);
    expect(veto('paspoort')).toBe(false);
  });

  it('keeps a matcher from reading a real word as a typo', () => {
    const matcher = new PhraseMatcher(['iemand slaat me'], veto);
    expect(matcher.find('iemand staat me op te wachten')).toBeUndefined();
    expect(matcher.find('iemand slaaat me')).toBe('iemand slaat me');
  });
});

describe('clauses', () => {
  const matcher = new PhraseMatcher(['praten ~ met ~ iemand']);

  it('lets a gap skip words within a clause', () => {
    expect(matcher.findInWords(clauseWords('ik wil praten met echt iemand'))).toBe('praten ~ met ~ iemand');
  });

  it.each([
    ['zet mij a.u.b. eens door', ['zet', 'mij', 'aub', 'eens', 'door', '<eos>']],
    ['bel mij z.s.m. terug, s.v.p.', ['bel', 'mij', 'zsm', 'terug', '<eos>', 'svp', '<eos>']],
    ['bel mij terug a.u.b. Ik wacht', ['bel', 'mij', 'terug', 'aub', '<eos>', 'ik', 'wacht', '<eos>']],
    ['bel mij terug a.u.b.Ik wacht', ['bel', 'mij', 'terug', 'aub', '<eos>', 'ik', 'wacht', '<eos>']],
    ['dank u.Ik wacht', ['dank', 'u', '<eos>', 'ik', 'wacht', '<eos>']],
    ['dat weet ik.Ik wacht', ['dat', 'weet', 'ik', '<eos>', 'ik', 'wacht', '<eos>']],
    ['versie 1.5 van het formulier. daarna', ['versie', '1', '<eos>', '5', 'van', 'het', 'formulier', '<eos>', 'daarna', '<eos>']],
  ])('reads a dotted abbreviation as one word, not as clauses: "%s"', (text, words) => {
    expect(clauseWords(text)).toEqual(words);
  });

  it('keeps a gap from reaching into the next clause', () => {
    expect(matcher.findInWords(clauseWords('we praten niet met elkaar, is er iemand die kan bemiddelen'))).toBeUndefined();
    // Without the clause marks, the words are one stretch, as the crisis rules read them.
    expect(matcher.find('we praten niet met elkaar, is er iemand die kan bemiddelen')).toBe('praten ~ met ~ iemand');
  });
});

describe('words written to get past a filter', () => {
  it.each([
    ['z3lfm00rd', ['zelfmoort']],
    ['ik ben d00d m0e', ['ik', 'ben', 'doot', 'moe']],
    ['s e w e r s l i d e is all', ['sewerslide', 'is', 'all']],
    // Digits stay in numbers, ordinals and words that start with one; fewer than four single letters stay apart.
    ['de 14e om 15u naar 112', ['de', '14e', 'om', '15u', 'naar', '112']],
    ['heeft u a of b', ['heeft', 'u', 'a', 'of', 'b']],
  ])('reads "%s" as the word it spells', (text, words) => expect(normaliseWords(text)).toEqual(words));
});

describe('one reading shared by several matchers', () => {
  const fire = new PhraseMatcher(['brand ~ in', 'in brand']);
  const dead = new PhraseMatcher(['ik wil dood', 'zelfmoord*'], (word) => word === 'wilt');
  const reader = new WordReader([...fire.vocabulary, ...dead.vocabulary], (word) => word === 'wilt');

  it.each([
    ['er is brandd in de keuken', 'brand ~ in', undefined],
    ['ik wil dooood', undefined, 'ik wil dood'],
    ['zelfmoordgedachten en de schuur staat in brand', 'in brand', 'zelfmoord*'],
    ['ik wilt een dode egel melden', undefined, undefined],
    ['we hebben een brand, in de schuur', undefined, undefined],
  ])('reads "%s" once for both matchers', (text, fireFound, deadFound) => {
    const words = clauseWords(text);
    const read = reader.read(words);
    expect(fire.findIn(read)).toBe(fireFound);
    expect(dead.findIn(read)).toBe(deadFound);
    // The same as each matcher reading the words itself.
    expect(fire.findInWords(words)).toBe(fireFound);
    expect(dead.findInWords(words)).toBe(deadFound);
  });

  it('reads y as ij in a word that is neither a phrase word nor a real word as typed: "lyn", "altyd"', () => {
    const reader = new WordReader(['lijn', 'altijd', 'mijn', 'my']);
    expect([...reader.optionsOf('lyn')]).toEqual(['lijn']);
    expect([...reader.optionsOf('altyd')]).toEqual(['altijd']);
    expect([...reader.optionsOf('myn')]).toEqual(['mijn']);
    // A phrase word as typed stays itself; a real word as typed is not read as another.
    expect([...reader.optionsOf('my')]).toEqual(['my']);
    expect([...new WordReader(['mijn'], (word) => word === 'myn').optionsOf('myn')]).toEqual([]);
  });

  it('finds nothing a matcher does not look for, whatever the reader holds', () => {
    expect(fire.findIn(reader.read(normaliseWords('ik wil dood')))).toBeUndefined();
    expect(dead.findIn(reader.read(normaliseWords('in brand')))).toBe(undefined);
  });
});

describe('words taken out of a reading', () => {
  const hits = new PhraseMatcher(['slaat ~ me']);
  const idiom = new PhraseMatcher(['slaat nergens op']);
  const reader = new WordReader([...hits.vocabulary, ...idiom.vocabulary]);

  it('gives where a phrase occurs, from each start its first match', () => {
    const read = reader.read(normaliseWords('dit slaat nergens op en dat slaat nergens op'));
    expect(idiom.spans(read)).toEqual([
      [1, 4],
      [6, 9],
    ]);
    expect(hits.spans(reader.read(normaliseWords('hij slaat me')))).toEqual([[1, 3]]);
  });

  it.each([
    ['dit slaat nergens op, help me', undefined],
    ['dit slaat nergens op, mijn man slaat me', 'slaat ~ me'],
    ['mijn man slaat me', 'slaat ~ me'],
  ])('reads "%s" without the idiom\'s words', (text, found) => {
    const read = reader.read(normaliseWords(text));
    expect(hits.findIn(withoutSpans(read, idiom.spans(read)))).toBe(found);
  });
});

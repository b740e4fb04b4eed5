import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrisisClassifier, CrisisExample, featuresOf } from '../../dialogs/safety/crisisClassifier';
import { ordinaryQuestions, readCrisisExamples, standardCrisisExamples } from '../../dialogs/safety/crisisExamples';
import { standardSafetyCheck } from '../../dialogs/safety/safetyCheck';
import { CrisisCheckIn } from '../../dialogs/safety/crisisCheckIn';
import { HandoverSteps } from '../../dialogs/handover/handoverSteps';
import { NO_HANDOVER_DESK } from '../../dialogs/handover/handoverDesk';
import { standardDistressCheck } from '../../dialogs/handover/distress';
import { loadConfig } from '../../bot/config';
import { Article } from '../../knowledge/articles/article';
import { PROJECT_ROOT } from '../../bot/projectRoot';
import { EvalCase, readCases } from '../../evals/evalCase';

const EXAMPLES = join(PROJECT_ROOT, 'dialogs', 'safety', 'examples');

const few: CrisisExample[] = [
  { text: 'ik krijg hem niet wakker', label: 'emergency' },
  { text: 'hij ademt niet en is niet wakker te krijgen', label: 'emergency' },
  { text: 'ik wil niet meer wakker worden', label: 'suicide' },
  { text: 'ik wil er niet meer zijn', label: 'suicide' },
  { text: 'mijn vriend slaat mij', label: 'abuse' },
  { text: 'hoe laat gaat het stadhuis open', label: 'none' },
  { text: 'wanneer wordt het grofvuil opgehaald', label: 'none' },
  { text: 'wat kost een paspoort', label: 'none' },
  { text: 'ik wil een parkeervergunning aanvragen', label: 'none' },
];

describe('the crisis classifier', () => {
  const classifier = new CrisisClassifier(few, { threshold: 0.5, smoothing: 0.2, sentenceThreshold: 0.5 });

  it('names the category of a message like its crisis examples', () => {
    expect(classifier.guess('mijn moeder is niet wakker te krijgen')?.category).toBe('emergency');
    expect(classifier.guess('ik wil gewoon niet meer wakker worden')?.category).toBe('suicide');
  });

  it('says nothing of an ordinary question, nor of words it never saw', () => {
    expect(classifier.guess('hoe laat gaat het stadhuis open op zaterdag')).toBeUndefined();
    expect(classifier.guess('xyzzy plugh')).toBeUndefined();
    expect(classifier.guess('')).toBeUndefined();
  });

  it('guesses only from its threshold on', () => {
    const probability = classifier.guess('mijn moeder is niet wakker te krijgen')?.probability ?? 1;
    expect(probability).toBeLessThan(1);
    const strict = new CrisisClassifier(few, { threshold: (probability + 1) / 2, smoothing: 0.2, sentenceThreshold: (probability + 1) / 2 });
    expect(strict.guess('mijn moeder is niet wakker te krijgen')).toBeUndefined();
  });

  it('reads each sentence of a long message alone too, from its own threshold on', () => {
    const story =
      'Ik wil een parkeervergunning aanvragen. Wat kost een paspoort? Wanneer wordt het grofvuil opgehaald? Hoe laat gaat het stadhuis open? Ik krijg hem niet wakker.';
    expect(classifier.guess(story)?.category).toBe('emergency');
    // The whole alone is no crisis to the model: only the sentence read alone is.
    expect(new CrisisClassifier(few, { threshold: 0.5, smoothing: 0.2, sentenceThreshold: 1 }).guess(story)).toBeUndefined();
  });

  it('reads pairs of words, so "niet wakker" is more than "wakker"', () => {
    expect(featuresOf('Ik krijg hem niet wakker!')).toEqual(expect.arrayContaining(['wakker', 'niet_wakker', 'krijg_hem']));
    // Stop words count only within a pair.
    expect(featuresOf('Ik krijg hem niet wakker!')).not.toContain('ik');
  });

  it('leaves out greetings, sign-offs and the phrases that announce a question, and pairs no words across them', () => {
    expect(featuresOf('Goedemorgen, ik heb een vraag over hondenbelasting. Met vriendelijke groet')).toEqual(featuresOf('hondenbelasting. Met'));
    expect(featuresOf('Ik wilde even vragen hoe het zit met inburgering')).toEqual(['inburg']);
    expect(featuresOf('I was wondering, I wanted to know about parking')).toEqual(featuresOf('about parking'));
    // The words on either side of a greeting are no pair.
    expect(featuresOf('slaat hallo mij')).not.toContain('slaat_mij');
    expect(featuresOf('slaat mij')).toContain('slaat_mij');
  });
});

describe("the crisis classifier with Loket's own examples", () => {
  let classifier: CrisisClassifier;
  beforeAll(async () => {
    classifier = new CrisisClassifier(await standardCrisisExamples(EXAMPLES, join(PROJECT_ROOT, 'knowledge', 'content'), standardSafetyCheck()));
  });

  it('finds a crisis told in one sentence of a long story, and none in a long story without one', () => {
    const violence =
      'Goedemiddag. Ik woon sinds maart in de Stationswijk en mijn buren maken elke nacht herrie. Ik heb al drie keer een melding gedaan. Vannacht hoorde ik de buurvrouw gillen en hij sloeg haar tegen de muur, ik hoorde haar kind huilen. Hoe dien ik een klacht in over geluidsoverlast?';
    expect(classifier.guess(violence)?.category).toBe('abuse');
    const calm =
      'Beste gemeente, wij willen een dakkapel plaatsen aan de achterkant. De aannemer zegt dat het vergunningvrij is. Klopt dat? Ik slaap al weken slecht van de verbouwing. Wanneer hoor ik iets?';
    expect(classifier.guess(calm)).toBeUndefined();
  });

  it('takes no polite or chatty opening for a sign of crisis', () => {
    const openings = [
      'Ik wilde even vragen hoe het zit met inburgering',
      'Ik wilde even vragen wanneer het grofvuil wordt opgehaald',
      'Beste, ik had een vraag over de afvalkalender',
      'Goedemiddag, ik wilde even informeren naar de afvalkalender',
      'I was wondering when the town hall opens',
      "what's the weather going to be like this weekend",
    ];
    expect(openings.filter((text) => classifier.guess(text))).toEqual([]);
  });

  it('recognises a crisis that no rule names', () => {
    const safety = standardSafetyCheck();
    const unnamed = ['mijn opa ligt op de grond en zegt niks meer', 'ik wil niet meer verder, het heeft allemaal geen zin'];
    expect(unnamed.map((text) => safety.check(text))).toEqual([undefined, undefined]);
    expect(unnamed.map((text) => classifier.guess(text)?.category)).toEqual(['emergency', 'suicide']);
  });
});

/** The crisis and calm messages of the helper batches in evals/cases (the first batch's files have no number). */
async function readBatches(batches: number[]): Promise<EvalCase[]> {
  const files = batches.flatMap((batch) => ['crisis', 'calm'].map((kind) => `lindewijk-${kind}-unseen${batch === 1 ? '' : `-${batch}`}.jsonl`));
  return (await Promise.all(files.map((file) => readCases(join(PROJECT_ROOT, 'evals', 'cases', file))))).flat();
}

describe('the crisis examples', () => {
  it('reads the example files: crisis messages by their number, ordinary ones as none', () => {
    const examples = readCrisisExamples(EXAMPLES);
    const count = (label: string) => examples.filter((example) => example.label === label).length;
    expect(count('suicide') + count('abuse') + count('emergency')).toBeGreaterThanOrEqual(1600);
    expect(Math.min(count('suicide'), count('abuse'), count('emergency'))).toBeGreaterThan(60);
    expect(count('none')).toBeGreaterThanOrEqual(1580);
  });

  it('holds none of the batches kept unread to measure the safety check on', async () => {
    const neverRead = [12, 14, 16, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 52, 54, 56, 58, 77, 79, 81, 83, 85, 87, 89, 91];
    const unread = await readBatches(neverRead);
    expect(unread).toHaveLength(neverRead.length * 120);
    // By id: a short message ("help") may have been written in more than one batch.
    const examples = new Set((await readCases(join(EXAMPLES, 'helper-batches.jsonl'))).map((c) => c.id));
    expect(unread.filter((c) => examples.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('holds the batches used for rules as they are in evals/cases, so that an edit to one copy fails here', async () => {
    // The twenty-eighth to fiftieth (even) were used for rules first and became examples in the nineteenth session; the
    // sixtieth and sixty-second in the twentieth.
    const read = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 18, 20, 22, 24, 26, ...[28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50], 60, 62];
    const source = await readBatches(read);
    const copies = await readCases(join(EXAMPLES, 'helper-batches.jsonl'));
    const byId = new Map(source.map((c) => [c.id, c]));
    expect(copies.filter((copy) => JSON.stringify(byId.get(copy.id)) !== JSON.stringify(copy)).map((copy) => copy.id)).toEqual([]);
    // A batch message left out of the copy is already an example word for word.
    const examples = new Set(readCrisisExamples(EXAMPLES).map((example) => example.text));
    expect(source.filter((c) => !examples.has(c.q)).map((c) => c.id)).toEqual([]);
  });

  it('names the file and line of an example that does not fit', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'loket-examples-'));
    try {
      await writeFile(
        join(folder, 'crisis.jsonl'),
        '{"id":"a","q":"ik wil dood","expect":{"mentions":["113"]}}\n{"id":"b","q":"help","expect":{"mentions":["911"]}}\n',
      );
      await writeFile(join(folder, 'ordinary.jsonl'), 'not json\n');
      expect(() => readCrisisExamples(folder)).toThrow(/crisis\.jsonl:2: unknown crisis number 911/);
      await writeFile(join(folder, 'crisis.jsonl'), '');
      expect(() => readCrisisExamples(folder)).toThrow(/ordinary\.jsonl:1: not JSON/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("takes a knowledge base's listed questions as ordinary, but not those of crisis articles or that a rule reads as a crisis", () => {
    const article = (id: string, questions: string[], handover?: 'always'): Article =>
      ({ id, questions, ...(handover ? { handover } : {}) }) as unknown as Article;
    const articles = [
      article('paspoort', ['wat kost een paspoort', 'er is brand in mijn huis']),
      article('crisis', ['waar kan ik terecht als ik somber ben'], 'always'),
    ];
    const ordinary = ordinaryQuestions(articles, standardSafetyCheck(), new Set(['al bekend']));
    expect(ordinary).toEqual([{ text: 'wat kost een paspoort', label: 'none' }]);
  });
});

describe('the check-in', () => {
  it('trains once per knowledge base, also when questions arrive while it trains', async () => {
    let reads = 0;
    const examples = () => {
      reads++;
      return Promise.resolve(few);
    };
    const contact = loadConfig({}).contact;
    const checkIn = new CrisisCheckIn(examples, standardSafetyCheck(), new HandoverSteps(NO_HANDOVER_DESK, contact), contact);
    const articles = new Map<string, Article>();
    const guesses = await Promise.all([
      checkIn.possibleCrisis('ik krijg hem niet wakker', articles, undefined),
      checkIn.possibleCrisis('wat kost een paspoort', articles, undefined),
    ]);
    expect(guesses).toEqual(['emergency', undefined]);
    expect(reads).toBe(1);
    await checkIn.possibleCrisis('ik wil er niet meer zijn', new Map<string, Article>(), undefined);
    expect(reads).toBe(2);
  });

  it('asks about suicide after words of despair, also without a classifier', async () => {
    const contact = loadConfig({}).contact;
    const checkIn = new CrisisCheckIn(undefined, standardSafetyCheck(), new HandoverSteps(NO_HANDOVER_DESK, contact), contact);
    const articles = new Map<string, Article>();
    const possible = (text: string) => checkIn.possibleCrisis(text, articles, standardDistressCheck().check(text));
    expect(await possible('ik hou het niet meer vol')).toBe('suicide');
    expect(await possible('ik ben wanhopig')).toBeUndefined();
    expect(await possible('ik krijg hem niet wakker')).toBeUndefined();
  });
});

import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PersonRequestClassifier, readPersonRequestExamples, standardPersonRequestClassifier } from '../../dialogs/safety/personRequestClassifier';
import { standardSafetyCheck } from '../../dialogs/safety/safetyCheck';
import { PROJECT_ROOT } from '../../bot/projectRoot';

const EXAMPLES = join(PROJECT_ROOT, 'dialogs', 'safety', 'examples');
const CONTENT = join(PROJECT_ROOT, 'knowledge', 'content');

describe('the guess at a request for a person', () => {
  let classifier: PersonRequestClassifier;
  beforeAll(async () => {
    classifier = await standardPersonRequestClassifier(EXAMPLES, CONTENT, standardSafetyCheck());
  });

  it("reads the shipped examples: requests and near misses from the helpers' files", () => {
    const examples = readPersonRequestExamples(EXAMPLES);
    expect(examples.filter((example) => example.request).length).toBeGreaterThanOrEqual(770);
    expect(examples.filter((example) => !example.request).length).toBeGreaterThanOrEqual(688);
  });

  it('stops start-up on a line that does not fit, with its file and line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'loket-person-'));
    writeFileSync(join(folder, 'person-requests.jsonl'), '{"id": "x1", "q": "mens aub", "expect": {"handover": true}}\n{"id": "x2", "q": "hallo"}\n');
    expect(() => readPersonRequestExamples(folder)).toThrow(/person-requests\.jsonl:2/);
  });

  it.each([
    'Dit gaat nergens over. Is er bij jullie niet gewoon iemand die opneemt?',
    'Kan er eentje van jullie even met me meedenken, dit ding snapt me niet',
    'Can I get hold of somebody at the council today?',
  ])('takes "%s", which no example holds, for a request', (text) => expect(classifier.asksForPerson(text)).toBe(true));

  it.each([
    'Wat kost een paspoort?',
    'Tot hoe laat is het stadhuis open op donderdag?',
    'Wanneer wordt het grofvuil opgehaald?',
    'hoe laat vertrekt de trein naar utrecht',
  ])('does not take "%s" for one', (text) => expect(classifier.asksForPerson(text)).toBe(false));
});

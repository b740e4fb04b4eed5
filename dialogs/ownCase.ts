import { PhraseMatcher } from './safety/phraseMatcher';

/**
 * Questions about the citizen's own application, report or objection: "hoe
 * ver is mijn aanvraag?", "is mijn melding al binnen?". Loket cannot see
 * anyone's file, so it says so and offers a person who can.
 */
const OWN_CASE = new PhraseMatcher([
  'hoe ver is mijn|onze',
  'hoe staat het met mijn|onze',
  'of mijn|onze ~ binnen|ontvangen|aangekomen|verwerkt|behandeld|goedgekeurd|afgekeurd|doorgekomen is|zijn',
  'status van mijn|onze',
  'stand van zaken',
  'is|zijn mijn|onze ~ binnen|ontvangen|aangekomen|verwerkt|behandeld|goedgekeurd|afgekeurd|doorgekomen',
  'hebben jullie|u mijn|onze ~ ontvangen|gekregen|binnen',
  'al iets bekend over mijn|onze',
  'nog niks|niets gehoord over|van mijn|onze',
  'status of my|our',
  'how far is|along is my|our',
  'has|have my|our ~ been received|processed|approved|rejected',
  'did|have you receive|received my|our',
  'any news about|on my|our',
]);

export function asksAboutOwnCase(text: string): boolean {
  return OWN_CASE.find(text) !== undefined;
}

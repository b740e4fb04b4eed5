import { QueryToken } from '../knowledge/text/analyzer';

/**
 * People in the citizen's own story ("mag mijn man hem ophalen", "mijn zoon
 * is geboren"): they say who, not what about. Matched on the word as typed.
 */
const PEOPLE = new Set([
  'man',
  'vrouw',
  'echtgenoot',
  'echtgenote',
  'vriend',
  'vriendin',
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'kindje',
  'kinderen',
  'baby',
  'moeder',
  'vader',
  'mama',
  'papa',
  'mams',
  'paps',
  'ouders',
  'opa',
  'oma',
  'broer',
  'zus',
  'zuster',
  'neef',
  'nicht',
  'oom',
  'tante',
  'schoonmoeder',
  'schoonvader',
  'buurman',
  'buurvrouw',
  'husband',
  'wife',
  'son',
  'daughter',
  'child',
  'children',
  'mother',
  'mom',
  'mum',
  'father',
  'dad',
  'parents',
  'brother',
  'sister',
  'grandmother',
  'grandfather',
  'boyfriend',
  'girlfriend',
]);

export function namesAPerson(token: QueryToken): boolean {
  return PEOPLE.has(token.word);
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { wordsOf } from './normalize';
import { isStopword } from './stopwords';
import { Thesaurus, ThesaurusMapping } from './thesaurus';
import { dutchEntries } from './wordLists';

/**
 * An operator's bilingual dictionary in the dictd format, such as FreeDict's
 * English–Dutch one (Debian's dict-freedict-eng-nld:
 * /usr/share/dictd/freedict-eng-nld.index). A knowledge base written only in
 * Dutch has no English words for an English question to meet; the synonym
 * list translates the words its editors thought of, the dictionary the rest.
 */

/** The data file beside a dictd index: `name.dict.dz` (dictzip, which gzip reads whole) or `name.dict`. */
function dictdDataFile(indexPath: string): string | undefined {
  const base = indexPath.replace(/\.index$/, '');
  return [`${base}.dict.dz`, `${base}.dict`].find((path) => existsSync(path));
}

/** What is missing for a dictd index to be read (the index, or its data file beside it); undefined when both are there. */
export function missingDictdIndex(indexPath: string): string | undefined {
  if (existsSync(indexPath) && dictdDataFile(indexPath) !== undefined) return undefined;
  return `no dictd index with its .dict.dz or .dict file at ${indexPath}`;
}

/** Headword → translations, as one-way rules, for English words that are no Dutch word or function word. */
export async function loadDictdLexicon(indexPath: string): Promise<ThesaurusMapping[]> {
  const dataPath = dictdDataFile(indexPath);
  if (!dataPath) throw new Error(`${indexPath}: no .dict.dz or .dict file beside the index`);
  const raw = await readFile(dataPath);
  const data = dataPath.endsWith('.dz') ? gunzipSync(raw) : raw;
  const dutch = new Set(dutchEntries().map((entry) => entry.toLowerCase()));
  const translations = new Map<string, Set<string>>();
  for (const line of (await readFile(indexPath, 'utf8')).split('\n')) {
    const [rawHeadword, offset, length] = line.split('\t');
    if (rawHeadword === undefined || offset === undefined || length === undefined || rawHeadword.startsWith('00database')) continue;
    const headword = fold(rawHeadword);
    if (!isLookedUp(headword, dutch)) continue;
    const start = decodeNumber(offset);
    const entry = data.subarray(start, start + decodeNumber(length)).toString('utf8');
    const known = translations.get(headword) ?? new Set<string>();
    for (const translation of translationsIn(entry)) if (translation !== headword) known.add(translation);
    if (known.size > 0) translations.set(headword, known);
  }
  return [...translations].map(([headword, words]) => ({ from: [headword], to: [...words] }));
}

/**
 * The dictionary's rules a corpus can use: for English words it does not
 * have, and to words it has. A word the corpus has is already found as it is
 * ("permit" in an article's English question), and a dictionary lists every
 * sense of it ("rule" is "regel" and "bestuur"): translating it too only adds
 * wrong senses. Words the synonym list knows keep the list's rules.
 */
export function withLexicon(thesaurus: Thesaurus, vocabulary: readonly string[]): Thesaurus {
  if (!thesaurus.lexicon?.length) return thesaurus;
  const known = new Set(vocabulary);
  const listed = new Set([...thesaurus.groups.flat(), ...thesaurus.mappings.flatMap((rule) => rule.from)]);
  const inCorpus = (phrase: string) => wordsOf(phrase).every((word) => known.has(word));
  const rules = thesaurus.lexicon.flatMap(({ from, to }) => {
    const unknown = from.filter((headword) => !listed.has(headword) && !inCorpus(headword));
    const found = to.filter(inCorpus);
    return unknown.length > 0 && found.length > 0 ? [{ from: unknown, to: found }] : [];
  });
  return { groups: thesaurus.groups, mappings: [...thesaurus.mappings, ...rules] };
}

/** English headwords only: "kind" or "die" are Dutch words too, and a Dutch question must not be translated. */
function isLookedUp(headword: string, dutch: ReadonlySet<string>): boolean {
  if (!/^[a-z][a-z' -]*[a-z]$/.test(headword)) return false;
  const words = headword.split(/[ -]/);
  return !dutch.has(headword) && words.every((word) => word.length >= 3 && !isStopword(word));
}

/** The senses under an entry's first line (headword and pronunciation): "1. kwijt, verloren" and "huis, pand". */
function translationsIn(entry: string): string[] {
  return entry
    .split('\n')
    .slice(1)
    .flatMap((sense) => sense.replace(/^\s*\d+\.\s*/, '').split(/[,;]/))
    .map((translation) => fold(translation.replace(/\([^)]*\)/g, '')))
    .filter((translation) => /^\p{L}+( \p{L}+)?$/u.test(translation));
}

/** Lower case, with the ligature "ĳ" as "ij" and the dictionary's hyphen (U+2010) as a plain one. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u2010/g, '-')
    .replace(/-$/, '')
    .trim()
    .toLowerCase();
}

const DICTD_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd writes offsets and lengths as base-64 numbers, most significant digit first ("Bn1s"). */
function decodeNumber(digits: string): number {
  let value = 0;
  for (const digit of digits.trim()) {
    const place = DICTD_DIGITS.indexOf(digit);
    if (place < 0) throw new Error(`not a dictd number: ${digits}`);
    value = value * 64 + place;
  }
  return value;
}

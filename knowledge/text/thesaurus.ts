import { readFile } from 'node:fs/promises';

/**
 * Groups of words and phrases that mean the same thing to a citizen
 * ("kliko, minicontainer, grijze bak, wheelie bin"). The offline search has no
 * notion of meaning, so without this list a question in everyday words finds
 * nothing in an article written in official ones.
 */
export interface Thesaurus {
  /** Words that mean the same in either direction. */
  readonly groups: readonly (readonly string[])[];
  /**
   * One-way rules: a question with a `from` word also searches the `to`
   * words, not the other way round. An English word lends its Dutch
   * translation ("dog => hond"); a Dutch question gains nothing from the
   * English word, which only the articles' English questions have.
   */
  readonly mappings: readonly ThesaurusMapping[];
  /**
   * An operator's bilingual dictionary (bilingualLexicon.ts): one-way rules
   * that the index keeps only for words its corpus lacks, to words it has.
   */
  readonly lexicon?: readonly ThesaurusMapping[];
}

export interface ThesaurusMapping {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export const EMPTY_THESAURUS: Thesaurus = { groups: [], mappings: [] };

/**
 * Reads Solr's synonym format: `a, b, c d` per line for words of one meaning,
 * `a, b => c, d` for a one-way rule; `#` comments and blank lines ignored.
 */
export function parseThesaurus(text: string, source = 'synonyms'): Thesaurus {
  const groups: string[][] = [];
  const mappings: ThesaurusMapping[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const sides = line.split('=>');
    if (sides.length > 2) throw new Error(`${source}:${index + 1}: a rule has one "=>"`);
    const [from = [], to] = sides.map(termsOf);
    if (!to) {
      if (from.length >= 2) groups.push(from);
      return;
    }
    if (from.length === 0 || to.length === 0) throw new Error(`${source}:${index + 1}: a one-way rule needs words on both sides of "=>"`);
    mappings.push({ from, to });
  });
  return { groups, mappings };
}

function termsOf(side: string): string[] {
  return [...new Set(side.split(',').map((term) => term.trim().toLowerCase()))].filter((term) => term.length > 0);
}

export async function loadThesaurus(path: string): Promise<Thesaurus> {
  return parseThesaurus(await readFile(path, 'utf8'), path);
}

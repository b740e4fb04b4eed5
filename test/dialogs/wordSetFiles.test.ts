import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realWordVeto } from '../../dialogs/safety/realWords';
import { WordSetFiles } from '../../dialogs/safety/wordSetFiles';

const PHRASES = ['iemand slaat me', 'shooting'];

/** The one stored set in `dir`, as its path and its words. */
function storedSet(dir: string): { path: string; words: string[] } {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  const path = join(dir, files[0] as string);
  return { path, words: JSON.parse(readFileSync(path, 'utf8')) as string[] };
}

describe('a real-word veto kept on disk for the next process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-words-'));
  const derived = realWordVeto(PHRASES, new WordSetFiles(dir));

  it('is the veto derived without a store, saved under a key', () => {
    expect(derived('staat')).toBe(true);
    expect(derived('shouting')).toBe(true);
    expect(derived('paspoort')).toBe(false);
    const { path, words } = storedSet(dir);
    expect(path).toMatch(/real-word-veto-[0-9a-f]{32}\.json$/);
    expect(words).toContain('staat');
  });

  it('is read back, not derived again, for the same phrases', () => {
    const { path, words } = storedSet(dir);
    // A word no derivation would give shows that the stored set is the one used.
    writeFileSync(path, JSON.stringify([...words, 'zzyzx']));
    expect(realWordVeto(PHRASES, new WordSetFiles(dir))('zzyzx')).toBe(true);
  });

  it('is derived anew for other phrases', () => {
    const other = realWordVeto(['gewond'], new WordSetFiles(dir));
    expect(other('zzyzx')).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});

describe('a stored word set that cannot be used', () => {
  it('is derived again when the file is damaged, and saved whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-words-'));
    realWordVeto(PHRASES, new WordSetFiles(dir));
    writeFileSync(storedSet(dir).path, '["staat", "shou');
    expect(realWordVeto(PHRASES, new WordSetFiles(dir))('staat')).toBe(true);
    expect(storedSet(dir).words).toContain('shouting');
  });

  it('is only derived when the folder cannot be written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'loket-words-')), 'not-a-folder');
    writeFileSync(file, '');
    expect(realWordVeto(PHRASES, new WordSetFiles(file))('staat')).toBe(true);
  });
});

describe('the folder of word sets', () => {
  it('keeps the newest eight sets, so changed rules do not pile up old ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-words-'));
    const files = new WordSetFiles(dir);
    for (let n = 0; n < 12; n++) files.save(`set-${n}`, new Set([`word${n}`]));
    expect(readdirSync(dir)).toHaveLength(8);
    expect(files.load('set-11')).toEqual(new Set(['word11']));
  });

  it('refuses a key that is not a plain file name', () => {
    expect(() => new WordSetFiles(tmpdir()).load('../escape')).toThrow(/not a file name/);
  });
});

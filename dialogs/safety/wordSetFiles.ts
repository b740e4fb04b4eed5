import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Sets of words worth keeping between processes: the ones that took seconds to derive. */
export interface WordSetStore {
  load(key: string): ReadonlySet<string> | undefined;
  save(key: string, words: ReadonlySet<string>): void;
}

/** Derived sets from older rules or code: enough for switching branches, not a growing heap. */
const KEEP_FILES = 8;

/**
 * Word sets as JSON files in one folder, named by a key the caller derives
 * from everything the set depends on. Best effort: a folder that cannot be
 * read or written only means deriving the set again.
 */
export class WordSetFiles implements WordSetStore {
  constructor(private readonly dir: string) {}

  load(key: string): ReadonlySet<string> | undefined {
    const path = this.path(key);
    try {
      const words: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return Array.isArray(words) && words.every((word) => typeof word === 'string') ? new Set(words) : undefined;
    } catch {
      return undefined;
    }
  }

  save(key: string, words: ReadonlySet<string>): void {
    const path = this.path(key);
    try {
      mkdirSync(this.dir, { recursive: true });
      // Atomic: test workers and a restarting server may derive and save the same set at once.
      writeFileAtomic.sync(path, JSON.stringify([...words]));
      this.prune(path);
    } catch {
      // Read-only or full: the next start derives the set again, which costs seconds and nothing else.
    }
  }

  private path(key: string): string {
    if (!/^[\w-]+$/.test(key)) throw new Error(`word set key "${key}" is not a file name`);
    return join(this.dir, `${key}.json`);
  }

  /** Leaves `saved` and the newest others, up to KEEP_FILES in all. */
  private prune(saved: string): void {
    const others = readdirSync(this.dir)
      .map((name) => join(this.dir, name))
      .filter((path) => path.endsWith('.json') && path !== saved)
      .map((path) => ({ path, time: statSync(path).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of others.slice(KEEP_FILES - 1)) rmSync(path, { force: true });
  }
}

import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { Article } from '../articles/article';
import { EmbeddingsProvider } from '../embeddings/embeddingsProvider';
import { KnowledgeIndex } from './knowledgeIndex';
import { LexicalIndex, SerialisedLexicalIndex } from './lexicalIndex';
import { Passage } from './passages';
import { VectorIndex } from './vectorIndex';

interface Pointer {
  fingerprint: string;
  switchedAt: string;
}

export interface IndexManifest {
  fingerprint: string;
  builtAt: string;
  embeddings: string;
  articles: number;
  passages: number;
}

const POINTER = 'current.json';
const KEEP_PREVIOUS = 1;

/**
 * Saved indexes on disk: each in its own folder `versions/<fingerprint>/`,
 * written to a temporary folder and renamed into place whole, and made current
 * by atomically replacing `current.json`. LangChain's HNSWLib.save() writes
 * three files one after another, so a crash during a save must never leave
 * the current index half-written: readers only ever see complete folders.
 */
export class IndexStore {
  constructor(private readonly root: string) {}

  private get versions(): string {
    return join(this.root, 'versions');
  }

  async currentFingerprint(): Promise<string | undefined> {
    try {
      const pointer = JSON.parse(await readFile(join(this.root, POINTER), 'utf8')) as Pointer;
      await stat(join(this.versions, pointer.fingerprint, 'manifest.json'));
      return pointer.fingerprint;
    } catch {
      return undefined;
    }
  }

  /** Saves the index as a new version (unless that exact version exists) and makes it current. */
  async saveAndSwitch(index: KnowledgeIndex, embeddingsState: unknown, embeddingsId: string): Promise<void> {
    const target = join(this.versions, index.fingerprint);
    if (!(await exists(join(target, 'manifest.json')))) await this.writeVersion(index, embeddingsState, embeddingsId, target);
    const pointer: Pointer = { fingerprint: index.fingerprint, switchedAt: new Date().toISOString() };
    await writeFileAtomic(join(this.root, POINTER), JSON.stringify(pointer));
    await this.prune(index.fingerprint);
  }

  async load(provider: EmbeddingsProvider, fingerprint?: string): Promise<KnowledgeIndex> {
    const version = fingerprint ?? (await this.currentFingerprint());
    if (!version) throw new Error(`no index in ${this.root}; run "npm run index"`);
    const folder = join(this.versions, version);
    const read = async <T>(name: string) => JSON.parse(await readFile(join(folder, name), 'utf8')) as T;
    const embeddings = await provider.forLoad(await read<unknown>('embeddings.json'));
    return new KnowledgeIndex(
      await read<Article[]>('articles.json'),
      await read<Passage[]>('passages.json'),
      LexicalIndex.load(await read<SerialisedLexicalIndex>('lexical.json')),
      await VectorIndex.load(folder, embeddings),
      embeddings,
      version,
    );
  }

  private async writeVersion(index: KnowledgeIndex, embeddingsState: unknown, embeddingsId: string, target: string): Promise<void> {
    const temporary = join(this.versions, `.tmp-${index.fingerprint}-${process.pid}-${Date.now()}`);
    await mkdir(temporary, { recursive: true });
    try {
      await index.vectors.save(temporary);
      const write = (name: string, value: unknown) => writeFileAtomic(join(temporary, name), JSON.stringify(value));
      await write('articles.json', [...index.articles.values()]);
      await write('passages.json', index.passages);
      await write('lexical.json', index.lexical.toJSON());
      await write('embeddings.json', embeddingsState);
      const manifest: IndexManifest = {
        fingerprint: index.fingerprint,
        builtAt: new Date().toISOString(),
        embeddings: embeddingsId,
        articles: index.articles.size,
        passages: index.passages.length,
      };
      await write('manifest.json', manifest);
      await rm(target, { recursive: true, force: true });
      await rename(temporary, target);
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }

  /** Keeps the current version and the one before it (for a quick roll-back); removes older ones. */
  private async prune(current: string): Promise<void> {
    const entries = await readdir(this.versions);
    const dated = await Promise.all(
      entries.filter((name) => name !== current).map(async (name) => ({ name, time: (await stat(join(this.versions, name))).mtimeMs })),
    );
    // A temporary folder younger than an hour may belong to another process that is still writing.
    const abandoned = dated.filter((entry) => entry.name.startsWith('.tmp-') && Date.now() - entry.time > 3_600_000);
    const older = dated
      .filter((entry) => !entry.name.startsWith('.tmp-'))
      .sort((a, b) => b.time - a.time)
      .slice(KEEP_PREVIOUS);
    const stale = [...abandoned, ...older];
    await Promise.all(stale.map((entry) => rm(join(this.versions, entry.name), { recursive: true, force: true })));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

import { Activity } from 'botbuilder';
import { appendFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface ActivityBatch {
  activities: Activity[];
  /** Number of activities in the conversation so far; the client asks for what comes after it. */
  watermark: number;
}

/**
 * The chat page's view of a conversation: what the citizen and Loket said,
 * in order, so a page reload or a dropped connection picks up where it was.
 * Citizen messages are stored redacted (see DirectLineChannel).
 */
export interface ChatTranscriptStore {
  create(conversationId: string, userId: string): Promise<void>;
  owner(conversationId: string): Promise<string | undefined>;
  append(conversationId: string, activity: Activity): Promise<ActivityBatch>;
  since(conversationId: string, watermark: number): Promise<ActivityBatch>;
  subscribe(conversationId: string, listener: (batch: ActivityBatch) => void): () => void;
  /** Removes conversations without activity since `before`; returns how many. */
  purgeIdle(before: Date): Promise<number>;
  /** A citizen's "delete my data": every message so far is blanked; the conversation itself goes on. */
  erase(conversationId: string): Promise<number>;
}

interface Loaded {
  userId: string;
  activities: Activity[];
  /** Appends are chained so lines never interleave. */
  writing: Promise<void>;
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{8,80}$/;
const MAX_CACHED = 2000;
const MAX_ACTIVITIES = 2000;

/**
 * Embedded default: one append-only JSON Lines file per conversation, with
 * recent conversations cached in memory. A line is appended before the client
 * is told about it, so a crash or restart loses no message the citizen saw
 * (the OS flushes the page cache; power loss is covered by the Redis store).
 */
export class FileChatTranscriptStore implements ChatTranscriptStore {
  private readonly cache = new Map<string, Loaded>();
  /**
   * Loads under way: after a restart, two deliveries retried at once (a notice and an agent's message) each read the
   * file; the second copy replaced the first in the cache, and the line appended to the first was lost from the citizen's
   * view (and stored twice under one number).
   */
  private readonly loading = new Map<string, Promise<Loaded | undefined>>();
  private readonly listeners = new Map<string, Set<(batch: ActivityBatch) => void>>();

  constructor(private readonly directory: string) {}

  async create(conversationId: string, userId: string): Promise<void> {
    assertId(conversationId);
    await mkdir(this.directory, { recursive: true });
    await appendFile(this.file(conversationId), `${JSON.stringify({ conversation: { userId, createdAt: new Date().toISOString() } })}\n`, { flag: 'wx' });
    this.remember(conversationId, { userId, activities: [], writing: Promise.resolve() });
  }

  async owner(conversationId: string): Promise<string | undefined> {
    return (await this.load(conversationId))?.userId;
  }

  async append(conversationId: string, activity: Activity): Promise<ActivityBatch> {
    const loaded = await this.load(conversationId);
    if (!loaded) throw new Error(`unknown conversation ${conversationId}`);
    if (loaded.activities.length >= MAX_ACTIVITIES) throw new Error(`conversation ${conversationId} is full`);
    const stored: Activity = { ...activity, id: `${conversationId}|${String(loaded.activities.length).padStart(7, '0')}` };
    loaded.activities.push(stored);
    const line = `${JSON.stringify(stored)}\n`;
    const written = loaded.writing.then(() => appendFile(this.file(conversationId), line));
    // A failed write must not block the lines after it.
    loaded.writing = written.catch(() => undefined);
    await written;
    const batch = { activities: [stored], watermark: loaded.activities.length };
    for (const listener of this.listeners.get(conversationId) ?? []) listener(batch);
    return batch;
  }

  async since(conversationId: string, watermark: number): Promise<ActivityBatch> {
    const loaded = await this.load(conversationId);
    const activities = loaded?.activities ?? [];
    return { activities: activities.slice(Math.max(0, watermark)), watermark: activities.length };
  }

  subscribe(conversationId: string, listener: (batch: ActivityBatch) => void): () => void {
    const set = this.listeners.get(conversationId) ?? new Set();
    set.add(listener);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  async erase(conversationId: string): Promise<number> {
    const loaded = await this.load(conversationId);
    if (!loaded) return 0;
    await loaded.writing;
    // Placeholders keep the numbering, so the page's watermark stays valid; Web Chat does not show events.
    loaded.activities = loaded.activities.map(
      (activity) => ({ type: 'event', name: 'loket.erased', id: activity.id, from: { id: activity.from?.id, role: activity.from?.role } }) as Activity,
    );
    const header = JSON.stringify({ conversation: { userId: loaded.userId, createdAt: new Date().toISOString() } });
    const lines = [header, ...loaded.activities.map((activity) => JSON.stringify(activity))];
    const written = writeFileAtomic(this.file(conversationId), `${lines.join('\n')}\n`);
    loaded.writing = written.catch(() => undefined);
    await written;
    return loaded.activities.length;
  }

  async purgeIdle(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await safeReaddir(this.directory)) {
      if (!name.endsWith('.jsonl')) continue;
      const path = join(this.directory, name);
      if ((await stat(path)).mtime >= before) continue;
      await rm(path, { force: true });
      this.cache.delete(name.slice(0, -'.jsonl'.length));
      removed++;
    }
    return removed;
  }

  private load(conversationId: string): Promise<Loaded | undefined> {
    if (!CONVERSATION_ID.test(conversationId)) return Promise.resolve(undefined);
    const cached = this.cache.get(conversationId);
    if (cached) return Promise.resolve(cached);
    const underWay = this.loading.get(conversationId);
    if (underWay) return underWay;
    const pending = this.read(conversationId).finally(() => this.loading.delete(conversationId));
    this.loading.set(conversationId, pending);
    return pending;
  }

  private async read(conversationId: string): Promise<Loaded | undefined> {
    let content: string;
    try {
      content = await readFile(this.file(conversationId), 'utf8');
    } catch {
      return undefined;
    }
    // After a crash mid-line, the next line must start on a line of its own.
    if (content.length > 0 && !content.endsWith('\n')) await appendFile(this.file(conversationId), '\n');
    const [header, ...lines] = content.split('\n').filter((line) => line.trim().length > 0);
    const meta = header ? (JSON.parse(header) as { conversation?: { userId?: string } }).conversation : undefined;
    if (!meta?.userId) return undefined;
    // A line cut off by a crash is skipped, not fatal.
    const activities = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Activity];
      } catch {
        return [];
      }
    });
    const loaded = { userId: meta.userId, activities, writing: Promise.resolve() };
    this.remember(conversationId, loaded);
    return loaded;
  }

  private remember(conversationId: string, loaded: Loaded): void {
    if (this.cache.size >= MAX_CACHED) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined && !this.listeners.has(oldest)) this.cache.delete(oldest);
    }
    this.cache.set(conversationId, loaded);
  }

  private file(conversationId: string): string {
    return join(this.directory, `${conversationId}.jsonl`);
  }
}

function assertId(conversationId: string): void {
  if (!CONVERSATION_ID.test(conversationId)) throw new Error('invalid conversation id');
}

async function safeReaddir(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch {
    return [];
  }
}

import { appendFile, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ConversationEvent, ConversationLog } from '../../dialogs/conversationLog';

const FILE = /^events-(\d{4}-\d{2}-\d{2})\.jsonl$/;

/**
 * The embedded log: one JSON Lines file per UTC day, appended one event at a
 * time (so a crash loses at most the line being written, which the reader
 * skips). The purge removes whole days; an erasure rewrites the days that
 * mention the conversation, atomically. One writer at a time per process.
 */
export class FileConversationLog implements ConversationLog {
  private writing: Promise<unknown> = Promise.resolve();
  private readonly pending: { event: ConversationEvent; resolve: () => void; reject: (error: unknown) => void }[] = [];
  /** Day files whose last line this process has checked is complete. */
  private readonly whole = new Set<string>();
  /** Whether this process has made the log's folder: once, not for every write. */
  private folderMade = false;

  constructor(private readonly directory: string) {}

  /**
   * Events that arrive while a write is under way go together in the next
   * write (group commit): one system call for many turns under load, and each
   * caller still waits until its own event is on disk.
   */
  append(event: ConversationEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ event, resolve, reject });
      if (this.pending.length === 1) void this.serial(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    try {
      const byFile = new Map<string, string[]>();
      for (const { event } of batch) {
        const name = fileOf(event.at);
        const lines = byFile.get(name) ?? [];
        lines.push(JSON.stringify(event));
        byFile.set(name, lines);
      }
      for (const [name, lines] of byFile) {
        const path = join(this.directory, name);
        // After a crash mid-line, start on a new line so this event is not glued to the broken one.
        const prefix = this.whole.has(path) || (await endsWithNewline(path)) ? '' : '\n';
        await this.appendToFile(path, `${prefix}${lines.join('\n')}\n`);
        this.whole.add(path);
      }
      for (const entry of batch) entry.resolve();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }

  /** Makes the folder on the first write, and again should it have been removed while Loket runs. */
  private async appendToFile(path: string, text: string): Promise<void> {
    if (!this.folderMade) {
      await mkdir(this.directory, { recursive: true });
      this.folderMade = true;
    }
    try {
      await appendFile(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(this.directory, { recursive: true });
      await appendFile(path, text);
    }
  }

  async read(since: number): Promise<ConversationEvent[]> {
    await this.writing;
    const first = fileOf(since);
    const events: ConversationEvent[] = [];
    for (const name of await this.files()) {
      if (name < first) continue;
      for (const event of parseLines(await readFile(join(this.directory, name), 'utf8'))) if (event.at >= since) events.push(event);
    }
    return events.sort((a, b) => a.at - b.at);
  }

  erase(conversationId: string): Promise<number> {
    return this.serial(async () => {
      const needle = `"conversationId":${JSON.stringify(conversationId)}`;
      let removed = 0;
      for (const name of await this.files()) {
        const path = join(this.directory, name);
        const content = await readFile(path, 'utf8');
        if (!content.includes(needle)) continue;
        const kept = parseLines(content).filter((event) => event.conversationId !== conversationId);
        removed += parseLines(content).length - kept.length;
        await writeFileAtomic(path, kept.map((event) => `${JSON.stringify(event)}\n`).join(''));
        this.whole.add(path);
      }
      return removed;
    });
  }

  /** Whole days older than the limit are deleted; the day of the limit is rewritten without its older events. */
  purge(before: number): Promise<number> {
    return this.serial(async () => {
      const boundary = fileOf(before);
      let removed = 0;
      for (const name of await this.files()) {
        const path = join(this.directory, name);
        if (name < boundary) {
          removed += parseLines(await readFile(path, 'utf8')).length;
          await rm(path, { force: true });
        } else if (name === boundary) {
          const events = parseLines(await readFile(path, 'utf8'));
          const kept = events.filter((event) => event.at >= before);
          if (kept.length === events.length) continue;
          removed += events.length - kept.length;
          await writeFileAtomic(path, kept.map((event) => `${JSON.stringify(event)}\n`).join(''));
        }
      }
      return removed;
    });
  }

  async close(): Promise<void> {
    await this.writing;
  }

  private async files(): Promise<string[]> {
    try {
      return (await readdir(this.directory)).filter((name) => FILE.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writing.then(task, task);
    this.writing = run.catch(() => undefined);
    return run;
  }
}

async function endsWithNewline(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  } finally {
    await handle?.close();
  }
}

function fileOf(at: number): string {
  return `events-${new Date(at).toISOString().slice(0, 10)}.jsonl`;
}

/** A line cut off by a crash is skipped, not fatal. */
function parseLines(content: string): ConversationEvent[] {
  const events: ConversationEvent[] = [];
  for (const line of content.split('\n')) {
    if (!line) continue;
    try {
      events.push(JSON.parse(line) as ConversationEvent);
    } catch {
      // partial last line
    }
  }
  return events;
}

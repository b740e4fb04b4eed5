import Redis from 'ioredis';
import { appendFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileConversationLog } from '../../adapters/conversationLog/fileConversationLog';
import { RedisConversationLog } from '../../adapters/conversationLog/redisConversationLog';
import { ConversationEvent, ConversationLog, newEventId } from '../../dialogs/conversationLog';
import { startRedis, TestRedis } from '../support/redisServer';
import { temporaryDirectory } from '../support/paths';

const DAY = 86_400_000;
const NOW = Date.now();

function event(conversationId: string, at: number, text = 'hoe laat gaat het stadhuis open'): ConversationEvent {
  return { id: newEventId(at), at, kind: 'turn', conversationId, channel: 'test', lang: 'nl', text, status: 'answered' };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The same contract for the embedded file log and the Redis Stream log. */
function contract(name: string, open: () => Promise<{ log: ConversationLog; done: () => Promise<void> }>) {
  describe(`${name} conversation log`, () => {
    let log: ConversationLog;
    let done: () => Promise<void>;
    beforeEach(async () => ({ log, done } = await open()));
    afterEach(async () => done());

    it('keeps events in time order and reads from a given time', async () => {
      const first = event('a', Date.now());
      await log.append(first);
      await pause();
      const later = [event('b', Date.now()), event('a', Date.now() + 1)];
      for (const item of later) await log.append(item);
      expect((await log.read(0)).map((item) => item.id)).toEqual([first, ...later].map((item) => item.id));
      expect((await log.read(later[0]?.at as number)).map((item) => item.conversationId)).toEqual(['b', 'a']);
    });

    it('erases one conversation and nothing else', async () => {
      for (const item of [event('a', NOW - DAY), event('b', NOW - DAY), event('a', NOW), event('c', NOW)]) await log.append(item);
      expect(await log.erase('a')).toBe(2);
      expect((await log.read(0)).map((item) => item.conversationId)).toEqual(['b', 'c']);
      expect(await log.erase('a')).toBe(0);
    });

    it('purges what is older than the limit, to the millisecond', async () => {
      for (const item of [event('old', Date.now()), event('old', Date.now())]) await log.append(item);
      await pause();
      const limit = Date.now();
      await pause();
      for (const item of [event('new', Date.now()), event('new', Date.now())]) await log.append(item);
      expect(await log.purge(limit)).toBe(2);
      expect((await log.read(0)).map((item) => item.conversationId)).toEqual(['new', 'new']);
    });

    it('stores many events written at once without losing one', async () => {
      const many = Array.from({ length: 300 }, (_, i) => event(`c${i % 7}`, NOW - i));
      await Promise.all(many.map((item) => log.append(item)));
      expect(await log.read(0)).toHaveLength(300);
    });
  });
}

contract('file', async () => {
  const dir = await temporaryDirectory('log');
  return { log: new FileConversationLog(dir.path), done: dir.remove };
});

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => redis.stop());

contract('Redis', async () => {
  const client = new Redis(redis.url);
  await client.flushall();
  return {
    log: new RedisConversationLog(client, 30 * DAY),
    done: async () => {
      client.disconnect();
    },
  };
});

describe('the file conversation log', () => {
  it('deletes whole days past the retention', async () => {
    const dir = await temporaryDirectory('log-days');
    const log = new FileConversationLog(dir.path);
    for (const item of [event('old', NOW - 40 * DAY), event('old', NOW - 31 * DAY), event('new', NOW - 2 * DAY), event('new', NOW)]) await log.append(item);
    expect(await log.purge(NOW - 30 * DAY)).toBe(2);
    expect(await readdir(dir.path)).toHaveLength(2);
    await dir.remove();
  });

  it('after a crash mid-line, skips the broken line and starts the next event on a line of its own', async () => {
    const dir = await temporaryDirectory('log-crash');
    await new FileConversationLog(dir.path).append(event('a', NOW));
    const [file] = await readdir(dir.path);
    await appendFile(join(dir.path, file as string), '{"id":"cut-off","at":');
    // The restarted process.
    await new FileConversationLog(dir.path).append(event('b', NOW + 1));
    expect((await new FileConversationLog(dir.path).read(0)).map((item) => item.conversationId)).toEqual(['a', 'b']);
    expect(await readFile(join(dir.path, file as string), 'utf8')).toContain('"conversationId":"b"');
    await dir.remove();
  });

  it('makes its folder again when it is removed while Loket runs', async () => {
    const dir = await temporaryDirectory('log-folder');
    const folder = join(dir.path, 'conversations');
    const log = new FileConversationLog(folder);
    await log.append(event('a', NOW));
    await rm(folder, { recursive: true });
    await log.append(event('b', NOW + 1));
    expect((await log.read(0)).map((item) => item.conversationId)).toEqual(['b']);
    await dir.remove();
  });
});

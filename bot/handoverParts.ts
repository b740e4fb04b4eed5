import Redis from 'ioredis';
import { readFile } from 'node:fs/promises';
import { Logger } from 'pino';
import { z } from 'zod';
import { AgentAccounts } from '../adapters/agents/agentAccounts';
import { ConsoleAuth } from '../adapters/http/consoleAuth';
import { Handover } from '../dialogs/handover/handover';
import { CitizenDelivery, ContactCentre } from '../adapters/handover/contactCentre';
import { HandoverStore } from '../adapters/handover/handoverStore';
import { MemoryHandoverStore } from '../adapters/handover/memoryHandoverStore';
import { RedisHandoverStore } from '../adapters/handover/redisHandoverStore';
import { AgentConsole, CannedReply } from '../adapters/http/agentConsole';
import { DEFAULT_CANNED_REPLIES } from '../dialogs/handover/cannedReplies';
import { OfficeHours } from '../dialogs/handover/officeHours';
import { LoketConfig } from './config';

const DELIVERY_RETRY_MS = 2_000;
const HOUSEKEEPING_MS = 30_000;

export interface HandoverParts {
  store: HandoverStore;
  centre: ContactCentre;
  console: AgentConsole;
  stop(): Promise<void>;
}

/** The contact centre, its store (memory or Redis) and the agent console, with their timers. */
export async function buildHandoverParts(
  config: LoketConfig,
  deps: { redis?: Redis; delivery: CitizenDelivery; auth: ConsoleAuth; accounts: AgentAccounts; logger: Logger; onResolved?: (handover: Handover) => void },
): Promise<HandoverParts> {
  const settings = config.handover;
  const store: HandoverStore = deps.redis ? new RedisHandoverStore(deps.redis) : new MemoryHandoverStore();
  if (store instanceof RedisHandoverStore) await store.listening();
  const hours = new OfficeHours({ hours: settings.hours, timeZone: settings.timeZone, holidays: settings.holidays, closedDates: settings.closedDates });
  const centre = new ContactCentre({
    store,
    hours,
    delivery: deps.delivery,
    contact: config.contact,
    logger: deps.logger,
    presenceMs: settings.presenceSeconds * 1000,
  });
  const agentConsole = new AgentConsole({
    centre,
    auth: deps.auth,
    accounts: deps.accounts,
    cannedReplies: await cannedReplies(settings.cannedRepliesFile),
    unclaimedAlertSeconds: settings.unclaimedAlertSeconds,
    logger: deps.logger,
    ...(deps.onResolved ? { onResolved: deps.onResolved } : {}),
    heartbeatMs: Math.floor((settings.presenceSeconds * 1000) / 3),
  });
  const alerted = new Set<string>();
  const retry = setInterval(() => {
    centre.retryDeliveries().catch((error: unknown) => deps.logger.warn({ event: 'delivery-retry-failed', err: error }));
  }, DELIVERY_RETRY_MS);
  const housekeeping = setInterval(() => void housekeep(centre, store, settings, alerted, deps.logger), HOUSEKEEPING_MS);
  retry.unref();
  housekeeping.unref();
  return {
    store,
    centre,
    console: agentConsole,
    stop: async () => {
      clearInterval(retry);
      clearInterval(housekeeping);
      agentConsole.shutdown();
      await store.close();
    },
  };
}

/** Logs each handover nobody claimed in time (the console shows the alert), and deletes closed handovers past retention. */
async function housekeep(centre: ContactCentre, store: HandoverStore, settings: LoketConfig['handover'], alerted: Set<string>, logger: Logger): Promise<void> {
  try {
    for (const handover of await centre.unclaimed(settings.unclaimedAlertSeconds * 1000)) {
      if (alerted.has(handover.id)) continue;
      alerted.add(handover.id);
      logger.warn({ event: 'handover-unclaimed', handoverId: handover.id, reason: handover.reason, waitingMs: Date.now() - handover.createdAt });
    }
    const removed = await store.purgeClosed(Date.now() - settings.retentionDays * 86_400_000);
    if (removed > 0) logger.info({ event: 'handovers-purged', removed });
  } catch (error) {
    logger.warn({ event: 'handover-housekeeping-failed', err: error });
  }
}

async function cannedReplies(file: string | undefined): Promise<CannedReply[]> {
  if (!file) return DEFAULT_CANNED_REPLIES;
  const schema = z.array(z.object({ title: z.string().min(1).max(80), text: z.string().min(1).max(2000) })).min(1);
  return schema.parse(JSON.parse(await readFile(file, 'utf8')));
}

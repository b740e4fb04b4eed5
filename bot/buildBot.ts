import { join } from 'node:path';
import { Storage } from 'botbuilder';
import { Logger } from 'pino';
import { ConversationFlow, KnowledgeAccess } from '../dialogs/conversationFlow';
import { standardDistressCheck } from '../dialogs/handover/distress';
import { HandoverDesk, NO_HANDOVER_DESK } from '../dialogs/handover/handoverDesk';
import { standardSafetyCheck } from '../dialogs/safety/safetyCheck';
import { standardCrisisExamples } from '../dialogs/safety/crisisExamples';
import { standardPersonRequestClassifier } from '../dialogs/safety/personRequestClassifier';
import { standardOtherPlaceCheck } from '../dialogs/places/otherPlace';
import { OtherOrganisationCheck } from '../dialogs/places/otherOrganisations';
import { LoketConfig } from './config';
import { PROJECT_ROOT } from './projectRoot';
import { LoketBot } from './loketBot';
import { ConversationMemoryStore } from './conversationMemoryStore';
import { ConversationLog } from '../dialogs/conversationLog';
import { ConversationLock } from '../adapters/limits/conversationLock';
import { RateLimit, RateLimiter } from '../adapters/limits/rateLimiter';

export interface BotParts {
  config: Pick<LoketConfig, 'answerPolicy' | 'contact' | 'maxMessageLength'>;
  knowledge: KnowledgeAccess;
  storage: Storage;
  logger: Logger;
  handoverDesk?: HandoverDesk;
  handoffProtocol?: boolean;
  conversationLog?: ConversationLog;
  erasers?: ((conversationId: string) => Promise<unknown>)[];
  lock?: ConversationLock;
  limit?: { limiter: RateLimiter; rule: RateLimit };
}

/** Training examples of the CrisisClassifier and the PersonRequestClassifier, kept with the safety rules they back. */
const CRISIS_EXAMPLES = join(PROJECT_ROOT, 'dialogs', 'safety', 'examples');
/** The knowledge bases that ship with Loket: their listed questions are ordinary messages for the CrisisClassifier. */
const DEMO_CONTENT = join(PROJECT_ROOT, 'knowledge', 'content');

/** The bot and its conversation flow, the same for the server, the evaluation runner and tests. */
export function buildBot(parts: BotParts): LoketBot {
  const flow = new ConversationFlow({
    knowledge: parts.knowledge,
    policy: parts.config.answerPolicy,
    contact: parts.config.contact,
    safety: standardSafetyCheck(),
    distress: standardDistressCheck(),
    handoverDesk: parts.handoverDesk ?? NO_HANDOVER_DESK,
    maxMessageLength: parts.config.maxMessageLength,
    crisisExamples: () => standardCrisisExamples(CRISIS_EXAMPLES, DEMO_CONTENT, standardSafetyCheck()),
    personRequests: () => standardPersonRequestClassifier(CRISIS_EXAMPLES, DEMO_CONTENT, standardSafetyCheck()),
    ...(parts.config.answerPolicy.declineOtherPlaces ? { otherPlaces: standardOtherPlaceCheck(), otherOrganisations: new OtherOrganisationCheck() } : {}),
  });
  return new LoketBot({
    flow,
    memory: new ConversationMemoryStore(parts.storage),
    contact: parts.config.contact,
    logger: parts.logger,
    ...(parts.handoffProtocol ? { handoffProtocol: true } : {}),
    ...(parts.conversationLog ? { conversationLog: parts.conversationLog } : {}),
    ...(parts.erasers ? { erasers: parts.erasers } : {}),
    ...(parts.lock ? { lock: parts.lock } : {}),
    ...(parts.limit ? { limit: parts.limit } : {}),
  });
}

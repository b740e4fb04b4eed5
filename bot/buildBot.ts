import { ConversationState, Storage } from 'botbuilder';
import { Logger } from 'pino';
import { ConversationFlow } from '../dialogs/conversationFlow';
import { HandoverDesk, NO_HANDOVER_DESK } from '../dialogs/handoverDesk';
import { standardSafetyCheck } from '../dialogs/safety/safetyCheck';
import { LoketConfig } from './config';
import { KnowledgeHolder } from './knowledgeHolder';
import { LoketBot } from './loketBot';

export interface BotParts {
  config: Pick<LoketConfig, 'answerPolicy' | 'contact' | 'maxMessageLength'>;
  knowledge: KnowledgeHolder;
  storage: Storage;
  logger: Logger;
  handoverDesk?: HandoverDesk;
}

/** The bot and its conversation flow, the same for the server, the evaluation runner and tests. */
export function buildBot(parts: BotParts): LoketBot {
  const flow = new ConversationFlow({
    knowledge: parts.knowledge,
    policy: parts.config.answerPolicy,
    contact: parts.config.contact,
    safety: standardSafetyCheck(),
    handoverDesk: parts.handoverDesk ?? NO_HANDOVER_DESK,
    maxMessageLength: parts.config.maxMessageLength,
  });
  return new LoketBot({ flow, conversationState: new ConversationState(parts.storage), contact: parts.config.contact, logger: parts.logger });
}

import { ConversationEvent } from '../../dialogs/conversationLog';
import { ANSWER_IN_OTHER_LANGUAGE } from '../../dialogs/smallTalk';

/**
 * Whether a logged turn put something to the knowledge base. Small talk,
 * refused input ("input:empty") and an answer given again in the other
 * language do not: counting them would move the answer rate and fill the
 * editors' inbox without a question behind them.
 */
export function askedTheKnowledgeBase(event: ConversationEvent): boolean {
  const reason = event.reason ?? '';
  return !reason.startsWith('input:') && !reason.startsWith('smalltalk:') && reason !== ANSWER_IN_OTHER_LANGUAGE;
}

import { RunningLoket } from '../../bot/loket';
import { newEventId } from '../../dialogs/conversationLog';

/** A made-up word per topic, far from any word in the knowledge base, so each topic is a cluster of its own. */
export function topicWord(n: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `qy${letters[n % 20]}${letters[Math.floor(n / 20) % 20]}xw${letters[(n * 7) % 20]}`;
}

/** A question of its own topic: two made-up words. */
export function topicQuestion(n: number): string {
  return `hoe zit het met ${topicWord(n)} ${topicWord(n + 400)}`;
}

/** Writes an abstained turn to Loket's conversation log, as if a citizen had asked it `ago` ms before now. */
export function logUnanswered(loket: RunningLoket, conversationId: string, text: string, ago: number): Promise<void> {
  const at = Date.now() - ago;
  return loket.editor.log.append({ id: newEventId(at), at, kind: 'turn', conversationId, channel: 'test', lang: 'nl', status: 'abstained', text });
}

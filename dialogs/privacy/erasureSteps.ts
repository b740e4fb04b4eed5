import { ContactDetails, messages } from '../messages';
import { notice, single } from '../replies';
import { ConversationMemory, EMPTY_MEMORY, Lang, TurnOutcome } from '../types';
import { isErasureRequest } from './erasureRequest';

/**
 * "verwijder mijn gegevens" (GDPR art. 17): asks to confirm, then forgets the
 * conversation. The edge erases its log and stored state when a turn says
 * `erase`.
 */
export class ErasureSteps {
  constructor(
    private readonly contact: ContactDetails,
    /** Reads "ja" / "nee" as the handover offer does, typos included. */
    private readonly readAnswer: (text: string) => 'yes' | 'no' | undefined,
  ) {}

  /** A typed request or confirmation; undefined when the text is neither, and the turn carries on. */
  onText(text: string, memory: ConversationMemory, lang: Lang): TurnOutcome | undefined {
    if (memory.eraseAsked) {
      const answer = this.readAnswer(text);
      if (answer === 'yes') return this.erase(memory, lang);
      if (answer === 'no') return this.cancelled(memory, lang);
    }
    if (!isErasureRequest(text)) return undefined;
    const words = messages(lang, this.contact);
    return single(
      { ...memory, eraseAsked: true, offer: undefined, clarification: undefined },
      notice(lang, words.eraseAsk, 'erase:asked', [
        { label: words.eraseYes, action: { type: 'erase', confirm: true }, text: words.eraseYes },
        { label: words.eraseNo, action: { type: 'erase', confirm: false }, text: words.eraseNo },
      ]),
    );
  }

  /** The confirmation button pressed. */
  onButton(confirm: boolean, memory: ConversationMemory, lang: Lang): TurnOutcome {
    return confirm ? this.erase(memory, lang) : this.cancelled(memory, lang);
  }

  /** A fresh memory, keeping only a handover under way (the agent still has to be told the citizen left). */
  private erase(memory: ConversationMemory, lang: Lang): TurnOutcome {
    const fresh: ConversationMemory = { ...EMPTY_MEMORY, lang, ...(memory.handoverId ? { handoverId: memory.handoverId } : {}) };
    return { replies: [notice(lang, messages(lang, this.contact).erased, 'erase:done')], memory: fresh, erase: true };
  }

  private cancelled(memory: ConversationMemory, lang: Lang): TurnOutcome {
    return single({ ...memory, eraseAsked: undefined }, notice(lang, messages(lang, this.contact).eraseCancelled, 'erase:cancelled'));
  }
}

import { ContactDetails, messages } from '../messages';
import { CitizenMessage, ConversationMemory, Lang, Reply, ReplyButton, TurnOutcome } from '../types';
import { findContactAddress } from './contactAddress';
import { HandoverReason } from './handover';
import { Availability, HandoverDesk, QueuePlace } from './handoverDesk';
import { handoverMessages } from './handoverMessages';
import { notice } from '../replies';

export interface HandoverTurn {
  conversationId: string;
  channelId: string;
  reference: unknown;
}

/** Text and buttons that offer a person; merged into the turn's reply so the citizen sees one message. */
export interface OfferAddendum {
  text: string;
  suggestions: ReplyButton[];
  offer?: ConversationMemory['offer'];
}

const YES = /^(ja|jawel|graag|ja graag|ja,? graag|ja alstublieft|ja aub|yes|yes please|ok|oke|okay|oké|prima|goed|doe maar|is goed|sure|please)[.!]*$/;
const NO = /^(nee|neen|nee dank u|nee,? dank je|nee bedankt|no|no thanks|no thank you|niet nodig|laat maar|hoeft niet)[.!]*$/;
const STOP = /^(stop|stoppen|stop met wachten|annuleer|annuleren|cancel|ik wil niet meer wachten|laat maar|quit)[.!]*$/;
const MAX_CONTACT_TRIES = 3;

/**
 * The citizen's side of a handover: offering a person (always confirmed,
 * except in a crisis), joining the queue, talking to the agent through the
 * bot, stopping, and leaving a question for a callback when nobody is
 * available. The contact centre behind HandoverDesk does the rest.
 */
export class HandoverSteps {
  constructor(
    private readonly desk: HandoverDesk,
    private readonly contact: ContactDetails,
  ) {}

  /** What to say when a trigger fires; asks for confirmation only when a person can actually join now. */
  async offer(reason: HandoverReason, lang: Lang, intro: string, detail?: string): Promise<OfferAddendum> {
    const availability = await this.availability();
    const words = handoverMessages(lang, this.contact);
    if (availability.status === 'open') {
      return {
        text: intro,
        suggestions: [this.button(words.yesConnect, { type: 'handover', reason }), this.button(words.noThanks, { type: 'decline' })],
        offer: { reason, ...(detail ? { detail } : {}) },
      };
    }
    return this.notAvailable(availability, lang);
  }

  /** Adds the offer of a person to a turn's last reply: after distress, a second miss, a sensitive topic or a second "not helpful". */
  async addOffer(outcome: TurnOutcome, reason: HandoverReason, intro: string, lang: Lang, detail?: string): Promise<TurnOutcome> {
    const last = outcome.replies.at(-1);
    if (!last) return outcome;
    const addendum = await this.offer(reason, lang, intro, detail);
    const replies = [...outcome.replies.slice(0, -1), withOffer(last, addendum, messages(lang, this.contact).talkToEmployee)];
    return { ...outcome, replies, memory: { ...outcome.memory, ...(addendum.offer ? { offer: addendum.offer } : {}) } };
  }

  /** "ja" / "nee" to an open offer; undefined when the message is something else. */
  readOfferAnswer(text: string): 'yes' | 'no' | undefined {
    const plain = normalise(text);
    if (YES.test(plain)) return 'yes';
    if (NO.test(plain)) return 'no';
    return undefined;
  }

  async connect(reason: HandoverReason, memory: ConversationMemory, lang: Lang, turn: HandoverTurn, detail?: string): Promise<TurnOutcome> {
    const base = { ...memory, offer: undefined };
    const availability = await this.availability();
    if (availability.status !== 'open') {
      const unavailable = await this.notAvailable(availability, lang);
      return { replies: [this.reply(lang, unavailable.text, 'handover:unavailable', unavailable.suggestions)], memory: base };
    }
    const history = memory.history ?? [];
    const place = await this.desk.start({ ...turn, reason, lang, history, ...(detail ? { detail } : {}) }).catch(() => undefined);
    if (!place) return { replies: [this.reply(lang, messages(lang, this.contact).handoverUnavailable, 'handover:unavailable', [])], memory: base };
    return {
      replies: [{ ...this.reply(lang, this.queuedText(place, lang), 'handover:queued', [this.cancelButton(lang)]), handover: 'started' }],
      memory: { ...base, handoverId: place.handoverId, relayNoticeGiven: false },
      handoverStarted: { reason, history },
    };
  }

  /** After the emergency numbers: straight into the queue, first in line, without asking. */
  async crisis(category: string, crisisReply: Reply, memory: ConversationMemory, lang: Lang, turn: HandoverTurn): Promise<TurnOutcome> {
    const words = handoverMessages(lang, this.contact);
    const availability = await this.availability();
    if (availability.status === 'unavailable') return { replies: [crisisReply], memory };
    if (availability.status === 'closed') return { replies: [{ ...crisisReply, text: `${crisisReply.text}\n\n${words.crisisNoAgent}` }], memory };
    const history = memory.history ?? [];
    const place = await this.desk.start({ ...turn, reason: 'crisis', detail: `crisis:${category}`, lang, history }).catch(() => undefined);
    // The numbers come first in any case; without the contact centre, the citizen is told to call.
    if (!place) return { replies: [{ ...crisisReply, text: `${crisisReply.text}\n\n${words.crisisNoAgent}` }], memory };
    return {
      replies: [{ ...crisisReply, text: `${crisisReply.text}\n\n${words.crisisQueued}`, handover: 'started', suggestions: [this.cancelButton(lang)] }],
      memory: { ...memory, offer: undefined, handoverId: place.handoverId, relayNoticeGiven: false },
      handoverStarted: { reason: 'crisis', history },
    };
  }

  declined(memory: ConversationMemory, lang: Lang): TurnOutcome {
    return {
      replies: [notice(lang, handoverMessages(lang, this.contact).declined, 'handover:declined')],
      memory: { ...memory, offer: undefined, callback: undefined },
    };
  }

  /**
   * A turn while the conversation is handed over: the message goes to the
   * agent and the bot stays silent (it only speaks while the citizen waits,
   * once, and to confirm a stop). Returns undefined when the handover has
   * ended, so the bot answers again.
   */
  async during(message: CitizenMessage, text: string, memory: ConversationMemory, lang: Lang): Promise<TurnOutcome | undefined> {
    try {
      return await this.relayDuring(message, text, memory, lang);
    } catch {
      // The contact centre cannot be reached (Redis down): say so, never drop the message silently.
      return { replies: [notice(lang, handoverMessages(lang, this.contact).relayFailed, 'handover:relay-failed')], memory };
    }
  }

  private async relayDuring(message: CitizenMessage, text: string, memory: ConversationMemory, lang: Lang): Promise<TurnOutcome | undefined> {
    const handoverId = memory.handoverId as string;
    const state = await this.desk.state(handoverId);
    if (state.state === 'ended') return undefined;
    const words = handoverMessages(lang, this.contact);
    if (message.action?.type === 'cancel-handover' || (!message.action && STOP.test(normalise(text)))) {
      await this.desk.cancel(handoverId);
      return { replies: [notice(lang, words.cancelled, 'handover:cancelled')], memory: { ...memory, handoverId: undefined, offer: undefined } };
    }
    if (text) await this.desk.relay(handoverId, text);
    if (state.state === 'assigned' || memory.relayNoticeGiven) return { replies: [], memory };
    return { replies: [notice(lang, words.stillQueued, 'handover:relayed', [this.cancelButton(lang)])], memory: { ...memory, relayNoticeGiven: true } };
  }

  /** Starts leaving a question: how should we contact you? */
  startCallback(memory: ConversationMemory, lang: Lang, method?: 'phone' | 'email'): TurnOutcome {
    const words = handoverMessages(lang, this.contact);
    if (method)
      return {
        replies: [notice(lang, words.askQuestion, 'callback:question')],
        memory: { ...memory, offer: undefined, callback: { step: 'question', method } },
      };
    return {
      replies: [
        notice(lang, words.callbackMethod, 'callback:method', [
          this.button(words.byPhone, { type: 'callback', method: 'phone' }),
          this.button(words.byEmail, { type: 'callback', method: 'email' }),
          this.button(words.noThanks, { type: 'decline' }),
        ]),
      ],
      memory: { ...memory, offer: undefined, callback: { step: 'method' } },
    };
  }

  /**
   * The next callback step. `rawText` is what the citizen typed before
   * redaction: needed only for the contact address, which goes straight into
   * the callback task and nowhere else.
   */
  async callbackStep(rawText: string, redactedText: string, memory: ConversationMemory, lang: Lang, turn: HandoverTurn): Promise<TurnOutcome> {
    const words = handoverMessages(lang, this.contact);
    const callback = memory.callback ?? { step: 'method' };
    if (STOP.test(normalise(redactedText)) || NO.test(normalise(redactedText))) {
      return { replies: [notice(lang, words.callbackStopped, 'callback:stopped')], memory: { ...memory, callback: undefined } };
    }
    if (callback.step === 'method') {
      const method = readMethod(redactedText);
      return method ? this.startCallback(memory, lang, method) : this.startCallback(memory, lang);
    }
    const method = callback.method ?? 'phone';
    if (callback.step === 'question') {
      const ask = method === 'phone' ? words.askPhone : words.askEmail;
      return { replies: [notice(lang, ask, 'callback:contact')], memory: { ...memory, callback: { step: 'contact', method, question: redactedText } } };
    }
    const address = findContactAddress(rawText, method);
    if (!address) {
      const tries = (callback.tries ?? 0) + 1;
      if (tries >= MAX_CONTACT_TRIES)
        return { replies: [notice(lang, `${words.callbackStopped} ${words.phone}`, 'callback:gave-up')], memory: { ...memory, callback: undefined } };
      return {
        replies: [notice(lang, method === 'phone' ? words.badPhone : words.badEmail, 'callback:invalid')],
        memory: { ...memory, callback: { ...callback, tries } },
      };
    }
    const stored = await this.desk
      .leaveCallback({
        ...turn,
        reason: 'callback',
        lang,
        history: memory.history ?? [],
        callback: { method, address, question: callback.question ?? '' },
      })
      .then(() => true)
      .catch(() => false);
    if (!stored) return { replies: [notice(lang, `${words.callbackFailed} ${words.phone}`, 'callback:failed')], memory: { ...memory, callback: undefined } };
    return { replies: [notice(lang, words.callbackStored(method), 'callback:stored')], memory: { ...memory, callback: undefined } };
  }

  /** A contact centre that cannot be reached counts as unavailable: the citizen gets the phone number. */
  private availability(): Promise<Availability> {
    return this.desk.availability().catch((): Availability => ({ status: 'unavailable' }));
  }

  private async notAvailable(availability: Availability, lang: Lang): Promise<OfferAddendum> {
    const words = handoverMessages(lang, this.contact);
    if (availability.status === 'unavailable') return { text: messages(lang, this.contact).handoverUnavailable, suggestions: [] };
    const why = availability.status === 'closed' ? words.closedNow(this.contact.chatHours[lang], availability.holiday) : words.noAgents;
    return {
      text: `${why} ${words.offerCallback}`,
      suggestions: [this.button(words.leaveQuestion, { type: 'callback' }), this.button(words.noThanks, { type: 'decline' })],
    };
  }

  private queuedText(place: QueuePlace, lang: Lang): string {
    const words = handoverMessages(lang, this.contact);
    return words.queued(place.position, place.waitMinutes === undefined ? words.waitUnknown : words.waitMinutes(place.waitMinutes));
  }

  private cancelButton(lang: Lang): ReplyButton {
    return this.button(handoverMessages(lang, this.contact).cancelButton, { type: 'cancel-handover' });
  }

  private button(label: string, action: ReplyButton['action']): ReplyButton {
    return { label, action, text: label };
  }

  private reply(lang: Lang, text: string, reason: string, suggestions: ReplyButton[]): Reply {
    return { kind: 'handover', lang, text, handover: 'offered', reason, ...(suggestions.length > 0 ? { suggestions } : {}) };
  }
}

/** Adds an offer to a reply: its text after the reply's, its buttons first (replacing the plain "talk to an employee" button). */
function withOffer(reply: Reply, addendum: OfferAddendum, talkToEmployee: string): Reply {
  const kept = (reply.suggestions ?? []).filter((button) => button.label !== talkToEmployee);
  return { ...reply, text: `${reply.text}\n\n${addendum.text}`, suggestions: [...addendum.suggestions, ...kept], handover: 'offered' };
}

function readMethod(text: string): 'phone' | 'email' | undefined {
  const plain = normalise(text);
  if (/\b(e-?mail|mail|mailen|email me)\b/.test(plain)) return 'email';
  if (/\b(bel|bellen|telefoon|telefonisch|phone|call|terugbellen)\b/.test(plain)) return 'phone';
  return undefined;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

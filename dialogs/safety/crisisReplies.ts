import { ContactDetails } from '../messages';
import { Lang, Reply } from '../types';
import { CrisisCategory } from './crisisClassifier';
import { SafetySignal } from './safetyCheck';

/**
 * Fixed replies for crisis and emergency messages. The numbers are the Dutch
 * national lines (113 Zelfmoordpreventie, Veilig Thuis, 112), with the Belgian
 * lines for Flemish citizens. These texts are never generated or retrieved.
 */
interface CrisisLines {
  /** The first line of the reply to a safety rule. */
  told: string;
  /** The first line of a check-in (a guess, words of despair, a question about a service), asked because it can be wrong. */
  asked: string;
  /** The numbers to call: the same in both replies, so a changed number is changed once. */
  numbers: string[];
  /**
   * This line in one sentence, under a check-in for another kind of crisis: the guessed kind is the least sure part of it.
   * None for an emergency: every line names 112 already.
   */
  also?: string;
}

const LINES: Record<CrisisCategory, Record<Lang, CrisisLines>> = {
  suicide: {
    nl: {
      told: 'Wat goed dat u dit laat weten. U hoeft hier niet alleen mee te blijven.',
      asked: 'Misschien begrijp ik u verkeerd. Maar denkt u aan zelfdoding, of maakt u zich daar zorgen over bij iemand anders?',
      numbers: [
        'Praat er nu over met iemand van **113 Zelfmoordpreventie**: bel **113** of gratis **0800-0113**, dag en nacht. Chatten kan op [113.nl](https://www.113.nl).',
        'Bent u in direct gevaar? Bel **112**. Woont u in België? Bel de Zelfmoordlijn **1813**.',
      ],
      also: 'Denkt u aan zelfdoding? Bel **113** of gratis **0800-0113**.',
    },
    en: {
      told: 'Thank you for telling me. You do not have to deal with this alone.',
      asked: 'Perhaps I misunderstand you. But are you thinking about suicide, or worried about someone who is?',
      numbers: [
        'Please talk to someone at **113 Suicide Prevention** now: call **113** or free **0800-0113**, day and night. You can also chat at [113.nl](https://www.113.nl).',
        'In immediate danger? Call **112**. In Belgium, call the Zelfmoordlijn on **1813**.',
      ],
      also: 'Thinking about suicide? Call **113** or free **0800-0113**.',
    },
  },
  abuse: {
    nl: {
      told: 'Wat vervelend dat u dit meemaakt. Er is hulp.',
      asked: 'Misschien begrijp ik u verkeerd. Maar is het thuis niet veilig, voor u of voor iemand anders?',
      numbers: [
        'Bel **Veilig Thuis**: **0800-2000**, gratis, dag en nacht. Ook als u twijfelt of als u zich zorgen maakt om iemand anders. Chatten kan op [veiligthuis.nl](https://www.veiligthuis.nl).',
        'Is er nu direct gevaar? Bel **112**. Woont u in België? Bel **1712**.',
      ],
      also: 'Is het thuis niet veilig? Bel **Veilig Thuis**: **0800-2000**.',
    },
    en: {
      told: 'I am sorry you are going through this. Help is available.',
      asked: 'Perhaps I misunderstand you. But is it not safe at home, for you or for someone else?',
      numbers: [
        'Call **Veilig Thuis** (Safe at Home): **0800-2000**, free, day and night. Also if you are not sure, or if you are worried about someone else. Chat at [veiligthuis.nl](https://www.veiligthuis.nl).',
        'Is there immediate danger? Call **112**. In Belgium, call **1712**.',
      ],
      also: 'Not safe at home? Call **Veilig Thuis**: **0800-2000**.',
    },
  },
  emergency: {
    nl: {
      told: 'Is er nu gevaar, brand, of is iemand gewond of onwel? **Bel direct 112.** Deze chat is niet geschikt voor noodgevallen.',
      asked:
        'Misschien begrijp ik u verkeerd. Maar is er nu gevaar of brand, of is iemand gewond of onwel? **Bel dan direct 112.** Deze chat is niet geschikt voor noodgevallen.',
      numbers: ['Politie zonder spoed: **0900-8844**.'],
    },
    en: {
      told: 'Is there danger or a fire right now, or is someone injured or unwell? **Call 112 immediately.** This chat is not suitable for emergencies.',
      asked:
        'Perhaps I misunderstand you. But is there danger or a fire right now, or is someone injured or unwell? **Then call 112 immediately.** This chat is not suitable for emergencies.',
      numbers: ['Police, non-emergency: **0900-8844**.'],
    },
  },
};

/**
 * The reply for a safety signal: emergency numbers first, then a human. `also`: another kind of crisis the message reads as
 * (`CrisisCheckIn.kindOf`), whose line follows in a sentence: "hij staat voor de deur en slaat mij" is an emergency, and
 * violence at home.
 */
export function safetyReply(signal: SafetySignal, lang: Lang, contact: ContactDetails, handoverButton: Reply['suggestions'], also?: CrisisCategory): Reply {
  // Requests for a person are not a crisis: the conversation flow asks them to confirm.
  const category = signal.category === 'human' ? 'emergency' : signal.category;
  return {
    kind: 'crisis',
    lang,
    text: [LINES[category][lang].told, ...LINES[category][lang].numbers, ...alsoLines(also ? [also] : [], category, lang)].join('\n\n'),
    handover: 'offered',
    ...(handoverButton ? { suggestions: handoverButton } : {}),
    reason: `crisis:${category}`,
  };
}

/**
 * The check-in for a possible crisis that matched no rule: the numbers, asked
 * as a question, and the other lines in a sentence each, since the guess of
 * which crisis is often wrong when the guess of a crisis is right (never-read
 * batches, 2026-12-07: 10 of the 72 crisis messages missed got a check-in for
 * another kind). The turn's own reply follows, with the offer of a person.
 */
export function checkInReply(category: CrisisCategory, lang: Lang): Reply {
  const lines = LINES[category][lang];
  const others = alsoLines(Object.keys(LINES) as CrisisCategory[], category, lang);
  return { kind: 'crisis', lang, text: [lines.asked, ...lines.numbers, ...others].join('\n\n'), reason: `crisis-possible:${category}` };
}

/** The one-sentence lines (`also`) of these kinds of crisis, but for the reply's own kind. */
function alsoLines(kinds: CrisisCategory[], own: CrisisCategory, lang: Lang): string[] {
  return kinds.flatMap((kind) => (kind === own ? [] : (LINES[kind][lang].also ?? [])));
}

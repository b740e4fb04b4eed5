import { ContactDetails } from '../messages';
import { Lang, Reply } from '../types';
import { CrisisCategory } from './crisisClassifier';
import { SafetySignal } from './safetyCheck';

/**
 * Fixed replies for crisis and emergency messages. The numbers are the Dutch
 * national lines (113 Zelfmoordpreventie, Veilig Thuis, 112), with the Belgian
 * lines for Flemish citizens. These texts are never generated or retrieved.
 */
const TEXTS: Record<'suicide' | 'abuse' | 'emergency', Record<Lang, string>> = {
  suicide: {
    nl: [
      'Wat goed dat u dit laat weten. U hoeft hier niet alleen mee te blijven.',
      'Praat er nu over met iemand van **113 Zelfmoordpreventie**: bel **113** of gratis **0800-0113**, dag en nacht. Chatten kan op [113.nl](https://www.113.nl).',
      'Bent u in direct gevaar? Bel **112**. Woont u in België? Bel de Zelfmoordlijn **1813**.',
    ].join('\n\n'),
    en: [
      'Thank you for telling me. You do not have to deal with this alone.',
      'Please talk to someone at **113 Suicide Prevention** now: call **113** or free **0800-0113**, day and night. You can also chat at [113.nl](https://www.113.nl).',
      'In immediate danger? Call **112**. In Belgium, call the Zelfmoordlijn on **1813**.',
    ].join('\n\n'),
  },
  abuse: {
    nl: [
      'Wat vervelend dat u dit meemaakt. Er is hulp.',
      'Bel **Veilig Thuis**: **0800-2000**, gratis, dag en nacht. Ook als u twijfelt of als u zich zorgen maakt om iemand anders. Chatten kan op [veiligthuis.nl](https://www.veiligthuis.nl).',
      'Is er nu direct gevaar? Bel **112**. Woont u in België? Bel **1712**.',
    ].join('\n\n'),
    en: [
      'I am sorry you are going through this. Help is available.',
      'Call **Veilig Thuis** (Safe at Home): **0800-2000**, free, day and night. Also if you are not sure, or if you are worried about someone else. Chat at [veiligthuis.nl](https://www.veiligthuis.nl).',
      'Is there immediate danger? Call **112**. In Belgium, call **1712**.',
    ].join('\n\n'),
  },
  emergency: {
    nl: [
      'Is er nu gevaar, brand, of is iemand gewond of onwel? **Bel direct 112.** Deze chat is niet geschikt voor noodgevallen.',
      'Politie zonder spoed: **0900-8844**.',
    ].join('\n\n'),
    en: [
      'Is there danger or a fire right now, or is someone injured or unwell? **Call 112 immediately.** This chat is not suitable for emergencies.',
      'Police, non-emergency: **0900-8844**.',
    ].join('\n\n'),
  },
};

/** The reply for a safety signal: emergency numbers first, then a human. */
export function safetyReply(signal: SafetySignal, lang: Lang, contact: ContactDetails, handoverButton: Reply['suggestions']): Reply {
  // Requests for a person are not a crisis: the conversation flow asks them to confirm.
  const category = signal.category === 'human' ? 'emergency' : signal.category;
  return {
    kind: 'crisis',
    lang,
    text: TEXTS[category][lang],
    handover: 'offered',
    ...(handoverButton ? { suggestions: handoverButton } : {}),
    reason: `crisis:${category}`,
  };
}

/**
 * For a message that may be a crisis but matched no rule (the CrisisClassifier's
 * guess): the numbers, asked as a question, because the guess can be wrong.
 * Whatever else the message asked is still answered below it.
 */
const CHECK_IN: Record<CrisisCategory, Record<Lang, string>> = {
  suicide: {
    nl: [
      'Misschien begrijp ik u verkeerd. Maar denkt u aan zelfdoding, of maakt u zich daar zorgen over bij iemand anders?',
      'Praat er dan nu over met **113 Zelfmoordpreventie**: bel **113** of gratis **0800-0113**, dag en nacht. Chatten kan op [113.nl](https://www.113.nl).',
      'Is er direct gevaar? Bel **112**. Woont u in België? Bel de Zelfmoordlijn **1813**.',
    ].join('\n\n'),
    en: [
      'Perhaps I misunderstand you. But are you thinking about suicide, or worried about someone who is?',
      'Then please talk to someone at **113 Suicide Prevention** now: call **113** or free **0800-0113**, day and night. You can also chat at [113.nl](https://www.113.nl).',
      'Is there immediate danger? Call **112**. In Belgium, call the Zelfmoordlijn on **1813**.',
    ].join('\n\n'),
  },
  abuse: {
    nl: [
      'Misschien begrijp ik u verkeerd. Maar is het thuis niet veilig, voor u of voor iemand anders?',
      'Bel dan **Veilig Thuis**: **0800-2000**, gratis, dag en nacht. Ook als u twijfelt. Chatten kan op [veiligthuis.nl](https://www.veiligthuis.nl).',
      'Is er nu direct gevaar? Bel **112**. Woont u in België? Bel **1712**.',
    ].join('\n\n'),
    en: [
      'Perhaps I misunderstand you. But is it not safe at home, for you or for someone else?',
      'Then call **Veilig Thuis** (Safe at Home): **0800-2000**, free, day and night. Also if you are not sure. Chat at [veiligthuis.nl](https://www.veiligthuis.nl).',
      'Is there immediate danger? Call **112**. In Belgium, call **1712**.',
    ].join('\n\n'),
  },
  emergency: {
    nl: [
      'Misschien begrijp ik u verkeerd. Maar is er nu gevaar of brand, of is iemand gewond of onwel? **Bel dan direct 112.** Deze chat is niet geschikt voor noodgevallen.',
    ].join('\n\n'),
    en: [
      'Perhaps I misunderstand you. But is there danger or a fire right now, or is someone injured or unwell? **Then call 112 immediately.** This chat is not suitable for emergencies.',
    ].join('\n\n'),
  },
};

/** The check-in for a possible crisis: the numbers only; the offer of a person goes on the turn's last reply. */
export function checkInReply(category: CrisisCategory, lang: Lang): Reply {
  return { kind: 'crisis', lang, text: CHECK_IN[category][lang], reason: `crisis-possible:${category}` };
}

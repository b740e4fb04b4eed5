import { EvalCase } from './evalCase';

/**
 * The same cases asked as the second question of a conversation, after a
 * question about another article (taken from the same cases, in the same
 * language, chosen by position so every run pairs alike). Citizens ask several
 * things in one chat: a question the bot cannot answer must not be answered
 * with the topic of the one before, nor may that topic pull a new question to
 * the wrong article. Cases that already have a history, and crisis or
 * handover cases, are kept as they are.
 */
export function afterAnotherAnswer(cases: EvalCase[]): EvalCase[] {
  const openers = cases.filter((evalCase) => evalCase.expect.article && !evalCase.history?.length && !evalCase.expect.handover);
  return cases.map((evalCase, position) => {
    if (evalCase.history?.length || evalCase.expect.handover || evalCase.expect.mentions) return evalCase;
    const opener = openerFor(evalCase, position, openers);
    return opener ? { ...evalCase, id: `${evalCase.id}-after-${opener.id}`, history: [opener.q] } : evalCase;
  });
}

function openerFor(evalCase: EvalCase, position: number, openers: EvalCase[]): EvalCase | undefined {
  const language = evalCase.lang ?? 'nl';
  for (let step = 0; step < openers.length; step++) {
    const opener = openers[(position * 7 + 3 + step) % openers.length];
    if (opener && opener.expect.article !== evalCase.expect.article && (opener.lang ?? 'nl') === language) return opener;
  }
  return undefined;
}

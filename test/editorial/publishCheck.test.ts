import { join } from 'node:path';
import { listedProbes, probeOutcomes, ProbeOutcome, publishCheckOf } from '../../adapters/editorial/publishCheck';
import { answeredQuestions } from '../../adapters/editorial/reviewInbox';
import { DEFAULT_ANSWER_POLICY } from '../../dialogs/answerPolicy';
import { ConversationEvent } from '../../dialogs/conversationLog';
import { loggedTurn } from '../support/logEvents';
import { loadArticles } from '../../knowledge/articles/loadArticles';
import { HybridRetriever, DEFAULT_RETRIEVAL } from '../../knowledge/retrieval/hybridRetriever';
import { buildIndex } from '../support/knowledge';
import { FIXTURES } from '../support/paths';

const titles: Record<string, string> = { a: 'Afval', b: 'Belasting', c: 'Chippen' };
const titleOf = (id: string) => titles[id] ?? id;

describe('the check after a publication', () => {
  it('reports listed questions that no longer reach their article, and citizens’ questions answered elsewhere now', () => {
    const before: ProbeOutcome[] = [
      { question: 'afval kalender', listedUnder: 'a', reached: ['a'] },
      { question: 'grofvuil', listedUnder: 'a', reached: ['a', 'b'] },
      { question: 'vuilnis', listedUnder: 'a', reached: [] },
      { question: 'hondenbelasting betalen', reached: ['b'] },
      { question: 'wat kost dat', reached: [] },
      { question: 'belasting of afval', reached: ['a', 'b'] },
    ];
    const after: ProbeOutcome[] = [
      { question: 'afval kalender', listedUnder: 'a', reached: ['c'] },
      { question: 'grofvuil', listedUnder: 'a', reached: ['b', 'a'] },
      { question: 'vuilnis', listedUnder: 'a', reached: [] },
      { question: 'hondenbelasting betalen', reached: [] },
      { question: 'wat kost dat', reached: ['b'] },
      { question: 'belasting of afval', reached: ['c'] },
      { question: 'kat chippen', listedUnder: 'c', reached: ['b'] },
    ];
    expect(publishCheckOf(before, after, titleOf)).toEqual({
      questions: 7,
      movedTotal: 3,
      moved: [
        { question: 'afval kalender', was: 'Afval', now: ['Chippen'], source: 'listed' },
        { question: 'hondenbelasting betalen', was: 'Belasting', now: [], source: 'asked' },
        { question: 'kat chippen', was: 'Chippen', now: ['Belasting'], source: 'listed' },
      ],
    });
  });

  it('asks the real index: a removed article moves the questions it answered, and nothing else moves', async () => {
    const articles = await loadArticles(join(FIXTURES, 'knowledge'));
    const retrieverOf = async (kept: typeof articles) => new HybridRetriever(await buildIndex(kept), DEFAULT_RETRIEVAL);
    const asked = [{ question: 'hoeveel hondenbelasting betaal ik per jaar' }, { question: 'hoe vraag ik een paspoort aan' }];
    const old = await retrieverOf(articles);
    const before = await probeOutcomes(old, DEFAULT_ANSWER_POLICY, [...listedProbes(old), ...asked]);
    expect(before.filter((outcome) => !outcome.listedUnder).map((outcome) => outcome.reached)).toEqual([['hondenbelasting'], ['paspoortaanvraag']]);

    const without = await retrieverOf(articles.filter((article) => article.id !== 'hondenbelasting'));
    const check = publishCheckOf(before, await probeOutcomes(without, DEFAULT_ANSWER_POLICY, [...listedProbes(without), ...asked]), titleOf);
    expect(check.moved).toEqual([{ question: 'hoeveel hondenbelasting betaal ik per jaar', was: 'hondenbelasting', now: [], source: 'asked' }]);
    expect(check.questions).toBe(listedProbes(without).length + 2);
  });
});

describe('the questions a publication is checked against', () => {
  it('are the answered ones nobody rated unhelpful, each once, the most asked first', () => {
    const events: ConversationEvent[] = [
      loggedTurn('e1', 'paspoort aanvragen', 'answered', 'answer'),
      loggedTurn('e2', 'hondenbelasting', 'answered', 'answer'),
      { ...loggedTurn('e3', '', 'answered', 'answer'), kind: 'feedback', conversationId: 'ce2', feedback: { helpful: false } },
      loggedTurn('e4', 'Paspoort  aanvragen', 'answered', 'answer'),
      loggedTurn('e5', 'afvalkalender', 'answered', 'answer'),
      loggedTurn('e6', 'mijn viervoeter', 'abstained', 'abstain:low-confidence'),
      loggedTurn('e7', 'hallo', 'answered', 'smalltalk:greeting'),
    ];
    expect(answeredQuestions(events, 10)).toEqual(['paspoort aanvragen', 'afvalkalender']);
    expect(answeredQuestions(events, 1)).toEqual(['paspoort aanvragen']);
  });
});

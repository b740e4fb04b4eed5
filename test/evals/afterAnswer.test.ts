import { afterAnotherAnswer } from '../../evals/afterAnswer';
import { EvalCase } from '../../evals/evalCase';

const CASES: EvalCase[] = [
  { id: 'a1', q: 'paspoort aanvragen', expect: { article: 'paspoort' } },
  { id: 'a2', q: 'wat kost een paspoort', expect: { article: 'paspoort' } },
  { id: 'b1', q: 'hondenbelasting', expect: { article: 'honden' } },
  { id: 'e1', q: 'how do I get a passport', lang: 'en', expect: { article: 'paspoort' } },
  { id: 'e2', q: 'dog tax', lang: 'en', expect: { article: 'honden' } },
  { id: 'o1', q: 'wat voor weer wordt het', expect: { abstain: true } },
  { id: 'h1', q: 'een mens graag', expect: { handover: true } },
  { id: 'c1', q: 'ik wil niet meer leven', expect: { mentions: '113' } },
  { id: 'f1', q: 'wat kost dat', history: ['hondenbelasting'], expect: { article: 'honden' } },
];

describe('asking the eval cases after an answer about another article', () => {
  const arranged = afterAnotherAnswer(CASES);
  const byId = (prefix: string) => arranged.find((evalCase) => evalCase.id.startsWith(prefix));
  const openerOf = (evalCase: EvalCase | undefined) => CASES.find((other) => other.q === evalCase?.history?.[0]);

  it('opens with a question about another article, in the same language', () => {
    for (const id of ['a1', 'a2', 'b1', 'e1', 'e2', 'o1']) {
      const evalCase = byId(id);
      const opener = openerOf(evalCase);
      expect(opener?.expect.article).toBeDefined();
      expect(opener?.expect.article).not.toBe(evalCase?.expect.article);
      expect(opener?.lang ?? 'nl').toBe(evalCase?.lang ?? 'nl');
      expect(evalCase?.id).toBe(`${id}-after-${opener?.id}`);
    }
  });

  it('keeps crisis, handover and multi-turn cases as they are, and pairs alike on every run', () => {
    for (const id of ['h1', 'c1', 'f1']) expect(byId(id)).toEqual(CASES.find((evalCase) => evalCase.id === id));
    expect(afterAnotherAnswer(CASES)).toEqual(arranged);
  });
});

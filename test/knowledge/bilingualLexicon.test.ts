import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../bot/config';
import { loadKnowledge } from '../../knowledge/articles/knowledgeSource';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { fingerprintOf } from '../../knowledge/index/knowledgeIndex';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { loadDictdLexicon, withLexicon } from '../../knowledge/text/bilingualLexicon';
import { EMPTY_THESAURUS, parseThesaurus } from '../../knowledge/text/thesaurus';
import { loketData, TestConversation, testBot } from '../support/conversation';
import { buildIndex, holderOf, indexOf } from '../support/knowledge';
import { FIXTURES, FREEDICT_ENG_NLD, itWithFreeDict } from '../support/paths';

const LEXICON = join(FIXTURES, 'lexicon', 'eng-nld.index');
const RIJKSOVERHEID = { path: join(FIXTURES, 'rijksoverheid-faq'), format: 'rijksoverheid' as const };

describe('a bilingual dictionary in the dictd format', () => {
  it('reads each English headword with the translations of all its senses, as one-way rules', async () => {
    const rules = new Map((await loadDictdLexicon(LEXICON)).map((rule) => [rule.from.join(' '), rule.to]));
    // Senses merged, "(de) tuin" without its article, the ligature "ĳ" read as "ij", a phrase of two words kept, three dropped.
    expect(rules.get('lost')).toEqual(['kwijt', 'verloren', 'verdwaald']);
    expect(rules.get('backyard')).toEqual(['achtertuin', 'tuin']);
    expect(rules.get('permit')).toEqual(['toestaan', 'vergunnen', 'vergunning', 'vrijbrief']);
    expect(rules.get('identity card')).toEqual(['identiteitskaart', 'legitimatiebewijs']);
    // Two entries of one headword ("garden‐" with the dictionary's own hyphen) are one rule.
    expect(rules.get('garden')).toEqual(['tuin', 'moestuin', 'hof']);
  });

  it('leaves out headwords that are Dutch words or function words: a Dutch question must not be translated', async () => {
    const headwords = (await loadDictdLexicon(LEXICON)).map((rule) => rule.from.join(' '));
    expect(headwords).not.toContain('die');
    expect(headwords).not.toContain('kind');
    expect(headwords).not.toContain('the');
    expect(headwords.some((headword) => headword.startsWith('00database'))).toBe(false);
  });

  it('reads the compressed data file (dictzip, .dict.dz) as well', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'loket-lexicon-'));
    try {
      await copyFile(LEXICON, join(folder, 'eng-nld.index'));
      await writeFile(join(folder, 'eng-nld.dict.dz'), gzipSync(await readFile(join(FIXTURES, 'lexicon', 'eng-nld.dict'))));
      expect(await loadDictdLexicon(join(folder, 'eng-nld.index'))).toEqual(await loadDictdLexicon(LEXICON));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('keeps rules only for words the corpus lacks, to words it has, and leaves words of the synonym list to the list', () => {
    const thesaurus = {
      ...parseThesaurus('shed => schuurtje'),
      lexicon: [
        { from: ['shed'], to: ['loods', 'schuur'] },
        { from: ['backyard'], to: ['achtertuin', 'tuin'] },
        { from: ['permit'], to: ['vergunning'] },
        { from: ['wheelchair'], to: ['rolstoel'] },
      ],
    };
    const searched = withLexicon(thesaurus, ['schuur', 'achtertuin', 'permit', 'vergunning', 'schuurtje']);
    expect(searched.mappings).toEqual([
      { from: ['shed'], to: ['schuurtje'] },
      // "permit" is a word of the corpus already; no "tuin" or "rolstoel" in it to find.
      { from: ['backyard'], to: ['achtertuin'] },
    ]);
    expect(withLexicon(EMPTY_THESAURUS, ['schuur'])).toBe(EMPTY_THESAURUS);
  });

  it('makes a new index version when the dictionary changes', async () => {
    const articles = await loadKnowledge(RIJKSOVERHEID);
    const provider = await createEmbeddingsProvider({ kind: 'hashing' });
    const lexicon = await loadDictdLexicon(LEXICON);
    const without = fingerprintOf(articles, provider, EMPTY_THESAURUS);
    expect(fingerprintOf(articles, provider, { ...EMPTY_THESAURUS, lexicon })).not.toBe(without);
    expect(fingerprintOf(articles, provider, { ...EMPTY_THESAURUS, lexicon: lexicon.slice(1) })).not.toBe(
      fingerprintOf(articles, provider, { ...EMPTY_THESAURUS, lexicon }),
    );
  });

  it('lets an English question find a text written only in Dutch', async () => {
    const articles = await loadKnowledge(RIJKSOVERHEID);
    const lexicon = await loadDictdLexicon(LEXICON);
    const question = 'can I build a shed in my backyard without a permit';
    const coverageOf = async (index: Awaited<ReturnType<typeof buildIndex>>) =>
      (await new HybridRetriever(index).retrieve(question)).candidates.find((candidate) => candidate.article.id.endsWith('003'))?.coverage ?? 0;
    expect(await coverageOf(await buildIndex(articles))).toBe(0);
    expect(await coverageOf(await buildIndex(articles, { ...EMPTY_THESAURUS, lexicon }))).toBeGreaterThan(0.5);
  });
});

describe('a citizen asking in English over Dutch-only knowledge with a dictionary (through the Bot Framework adapter)', () => {
  it('answers with the Dutch text the dictionary led to, and without the dictionary says it does not know', async () => {
    const question = 'Can I build a shed in my backyard without a permit?';
    const knowledge = await holderOf(RIJKSOVERHEID);
    const bot = testBot(knowledge);
    const [unknown] = await new TestConversation(bot).say(question);
    expect(loketData(unknown).kind).not.toBe('answer');
    knowledge.use(await indexOf({ ...RIJKSOVERHEID, lexicon: LEXICON }));
    const [answer] = await new TestConversation(bot).say(question);
    expect(loketData(answer)).toMatchObject({ kind: 'answer', articleId: '0f1e2d3c-0000-4000-8000-000000000003' });
  });

  it('is configured with LOKET_LEXICON_PATH, which must name a dictd index with its data file', () => {
    expect(loadConfig({ LOKET_LEXICON_PATH: LEXICON }).knowledge.lexicon).toBe(LEXICON);
    expect(loadConfig({}).knowledge.lexicon).toBeUndefined();
    expect(() => loadConfig({ LOKET_LEXICON_PATH: join(FIXTURES, 'lexicon', 'missing.index') })).toThrow(/LOKET_LEXICON_PATH: no dictd index/);
  });
});

describe("Debian's FreeDict English-Dutch dictionary", () => {
  itWithFreeDict('reads as a lexicon of thousands of English words that are no Dutch words', async () => {
    const rules = new Map((await loadDictdLexicon(FREEDICT_ENG_NLD)).map((rule) => [rule.from[0], rule.to]));
    expect(rules.size).toBeGreaterThan(5000);
    expect(rules.get('passport')).toContain('paspoort');
    expect(rules.get('rubbish')).toContain('afval');
    expect(rules.has('die')).toBe(false);
  });
});

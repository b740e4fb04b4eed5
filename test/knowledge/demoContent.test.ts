import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Article } from '../../knowledge/articles/article';
import { loadArticles } from '../../knowledge/articles/loadArticles';
import { detectLanguage } from '../../knowledge/text/detectLanguage';
import { markdownToPlainText } from '../../knowledge/text/normalize';
import { DEMO_CONTENT, HAS_SHARED, SHARED } from '../support/paths';

const words = (text: string) => markdownToPlainText(text).split(/\s+/).filter(Boolean);
const sentences = (text: string) =>
  markdownToPlainText(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);

describe('the demo knowledge base of Gemeente Lindewijk', () => {
  let articles: Article[];
  beforeAll(async () => {
    articles = await loadArticles(DEMO_CONTENT);
  });

  (HAS_SHARED ? it : it.skip)('has every article of the content plan, with the id given there', () => {
    const plan = readFileSync(join(SHARED, 'knowledge-plan.md'), 'utf8');
    const planned = [...plan.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((match) => match[1]).filter((id) => id !== 'id');
    expect(planned.length).toBeGreaterThanOrEqual(100);
    const ids = new Set(articles.map((article) => article.id));
    expect(planned.filter((id) => !ids.has(id ?? ''))).toEqual([]);
  });

  it('gives every article a lead, sections, an English summary and at least one English question', () => {
    for (const article of articles) {
      expect({ id: article.id, lead: article.lead.length > 0, sections: article.sections.length > 0, summary: !!article.summaryEn }).toEqual({
        id: article.id,
        lead: true,
        sections: true,
        summary: true,
      });
      expect({ id: article.id, english: article.questions.some((question) => detectLanguage(question) === 'en') }).toEqual({ id: article.id, english: true });
      expect(article.url).toMatch(/^https:\/\/www\.lindewijk\.nl\//);
    }
  });

  it('keeps articles short and in plain language (B1): at most about 400 words, short sentences', () => {
    for (const article of articles) {
      const body = [article.lead, ...article.sections.map((section) => section.text)].join('\n\n');
      const all = sentences(body);
      const average = all.reduce((sum, sentence) => sum + words(sentence).length, 0) / all.length;
      expect({ id: article.id, words: words(body).length <= 450 }).toEqual({ id: article.id, words: true });
      expect({ id: article.id, averageSentence: average <= 14 }).toEqual({ id: article.id, averageSentence: true });
    }
  });

  it('keeps the facts of Lindewijk consistent', () => {
    for (const article of articles) {
      const text = [article.lead, ...article.sections.map((section) => section.text), article.summaryEn ?? ''].join('\n');
      const phones = text.match(/\b14 ?0\d{3}\b/g) ?? [];
      expect({ id: article.id, phones: phones.filter((phone) => phone.replace(' ', '') !== '140456') }).toEqual({ id: article.id, phones: [] });
      if (/Stadhuis/.test(text) && /Marktplein/.test(text)) expect(text).toContain('Marktplein 1');
      if (/milieustraat/i.test(text) && /Industrieweg/.test(text)) expect(text).toContain('Industrieweg 12');
    }
  });
});

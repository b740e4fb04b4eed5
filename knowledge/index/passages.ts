import { Document } from '@langchain/core/documents';
import { Article } from '../articles/article';
import { markdownToPlainText } from '../text/normalize';
import { SectionSplitter } from './sectionSplitter';

export type PassageKind = 'lead' | 'section' | 'question' | 'summary';

/** A piece of an article that is searched on its own and may be shown on its own. */
export interface Passage {
  articleId: string;
  kind: PassageKind;
  /** The section heading, empty for the lead, questions and summary. */
  heading: string;
  /** Plain text that is embedded for vector search. */
  text: string;
}

/**
 * Cuts articles into passages: the lead (with the title), each body section
 * kept whole by the SectionSplitter, each citizen phrasing and the English
 * summary. Returned as LangChain documents for the vector store.
 */
export async function articlesToPassages(articles: Article[], splitter = new SectionSplitter()): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (const article of articles) {
    passages.push({ articleId: article.id, kind: 'lead', heading: '', text: plain(`${article.title}\n${article.lead}`) });
    const body = article.sections.map((section) => `## ${section.heading}\n${section.text}`).join('\n');
    for (const piece of await splitter.splitText(body)) {
      const heading = /^## (.*)$/m.exec(piece)?.[1] ?? '';
      passages.push({ articleId: article.id, kind: 'section', heading, text: plain(`${article.title}: ${piece}`) });
    }
    for (const question of [...article.questions, ...article.phrasings])
      passages.push({ articleId: article.id, kind: 'question', heading: '', text: question });
    if (article.summaryEn) passages.push({ articleId: article.id, kind: 'summary', heading: '', text: article.summaryEn });
  }
  return passages;
}

export function passageToDocument(passage: Passage, index: number): Document {
  return new Document({ pageContent: passage.text, metadata: { passage: index, articleId: passage.articleId, kind: passage.kind, heading: passage.heading } });
}

function plain(markdown: string): string {
  return markdownToPlainText(markdown).replace(/\s+/g, ' ').trim();
}

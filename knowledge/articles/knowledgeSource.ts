import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadRijksoverheidFolder } from '../importers/rijksoverheid';
import { Article } from './article';
import { loadArticles } from './loadArticles';
import { loadDictdLexicon } from '../text/bilingualLexicon';
import { EMPTY_THESAURUS, loadThesaurus, Thesaurus } from '../text/thesaurus';

export type KnowledgeFormat = 'markdown' | 'rijksoverheid';

/** Where articles come from: a content folder of Markdown, or a folder of Rijksoverheid JSON items. */
export interface KnowledgeSource {
  path: string;
  format: KnowledgeFormat;
  /** The synonym list searched with it (knowledge/thesaurus/synonyms.txt by default); none when absent. */
  synonyms?: string;
  /** A bilingual dictionary's dictd index (LOKET_LEXICON_PATH); none when absent. */
  lexicon?: string;
}

/**
 * Loads articles from a source. A Markdown path may be the content root
 * (with one folder per collection) or a single collection folder.
 */
export async function loadKnowledge(source: KnowledgeSource): Promise<Article[]> {
  if (source.format === 'rijksoverheid') return loadRijksoverheidFolder(source.path);
  const entries = await readdir(source.path, { withFileTypes: true });
  const isCollection = entries.some((entry) => entry.isFile() && entry.name.endsWith('.md'));
  return isCollection ? loadArticles(source.path, basename(source.path)) : loadArticles(source.path);
}

export async function loadThesaurusOf(source: KnowledgeSource): Promise<Thesaurus> {
  const thesaurus = source.synonyms ? await loadThesaurus(source.synonyms) : EMPTY_THESAURUS;
  return source.lexicon ? { ...thesaurus, lexicon: await loadDictdLexicon(source.lexicon) } : thesaurus;
}

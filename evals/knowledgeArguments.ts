import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../bot/projectRoot';
import { synonymsOf } from '../bot/config';
import { missingDictdIndex } from '../knowledge/text/bilingualLexicon';
import { KnowledgeFormat, KnowledgeSource } from '../knowledge/articles/knowledgeSource';

/** Command-line options shared by `npm run eval` and `npm run tune`. */
export const KNOWLEDGE_OPTIONS = {
  cases: { type: 'string', multiple: true },
  knowledge: { type: 'string' },
  format: { type: 'string', default: 'markdown' },
  synonyms: { type: 'string' },
  lexicon: { type: 'string' },
} as const;

/** The knowledge source named on the command line; the demo knowledge base by default. */
export function knowledgeSourceOf(values: { knowledge?: string; format?: string; synonyms?: string; lexicon?: string }): KnowledgeSource {
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'rijksoverheid') throw new Error(`--format must be markdown or rijksoverheid, not ${format}`);
  return {
    path: values.knowledge ?? join(PROJECT_ROOT, 'knowledge', 'content'),
    format: format as KnowledgeFormat,
    ...synonymsOf(values.synonyms),
    ...lexiconArgument(values.lexicon),
  };
}

function lexiconArgument(path: string | undefined): { lexicon?: string } {
  if (!path) return {};
  const lexicon = resolve(path);
  const missing = missingDictdIndex(lexicon);
  if (missing) throw new Error(`--lexicon: ${missing}`);
  return { lexicon };
}

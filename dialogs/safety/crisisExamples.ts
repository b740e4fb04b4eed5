import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Article } from '../../knowledge/articles/article';
import { loadArticles } from '../../knowledge/articles/loadArticles';
import { CrisisExample, ExampleLabel } from './crisisClassifier';
import { SafetyCheck } from './safetyCheck';

/**
 * The example files, in the evaluation's case format so `npm run eval` reads
 * them too: crisis messages name the number the reply must give; ordinary
 * ones expect no crisis reply. `helper-batches.jsonl` holds the crisis and
 * calm batches of evals/cases that safety rules were written from; the
 * batches never read stay out, to measure the classifier on.
 */
export const EXAMPLE_FILES = ['crisis.jsonl', 'ordinary.jsonl', 'helper-batches.jsonl'];

const LABEL_OF_NUMBER: Record<string, ExampleLabel> = { '113': 'suicide', 'Veilig Thuis': 'abuse', '0800-2000': 'abuse', '112': 'emergency' };

const exampleSchema = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  expect: z.object({ mentions: z.array(z.string()).optional(), handover: z.boolean().optional() }),
});

/** Reads the examples of a folder; a line that does not fit stops start-up with its file and line number. */
export function readCrisisExamples(folder: string): CrisisExample[] {
  return EXAMPLE_FILES.flatMap((file) =>
    exampleLines(join(folder, file), exampleSchema).map(({ data, where }) => {
      const number = data.expect.mentions?.[0];
      const label = number === undefined ? 'none' : LABEL_OF_NUMBER[number];
      if (!label) throw new Error(`${where}: unknown crisis number ${number}`);
      return { text: data.q, label };
    }),
  );
}

/** The lines of an example file in the evaluation's case format, each checked against `schema`; a line that does not fit throws with its file and line number. */
export function exampleLines<T>(path: string, schema: z.ZodType<T>): { data: T; where: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      const where = `${path}:${index + 1}`;
      return line.trim() ? [{ data: parsedLine(line, schema, where), where }] : [];
    });
}

function parsedLine<T>(line: string, schema: z.ZodType<T>, where: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not JSON`);
  }
  const example = schema.safeParse(parsed);
  if (!example.success) throw new Error(`${where}: ${example.error.issues.map((issue) => issue.message).join('; ')}`);
  return example.data;
}

/**
 * The knowledge base's own listed questions, as ordinary messages: they show
 * the classifier what the citizens of this site ask, in the site's words.
 * Left out are the questions of articles that always bring in a person (the
 * crisis articles) and those a safety rule reads as a crisis ("er is brand").
 */
export function ordinaryQuestions(articles: Iterable<Article>, safety: Pick<SafetyCheck, 'check'>, known: ReadonlySet<string> = new Set()): CrisisExample[] {
  return (
    [...articles]
      .filter((article) => article.handover !== 'always')
      .flatMap((article) => article.questions)
      // Questions already among the examples are skipped before the rules run: a rule check of 3,500 questions takes half a second.
      .filter((question) => !known.has(question) && [undefined, 'human'].includes(safety.check(question)?.category))
      .map((text) => ({ text, label: 'none' as const }))
  );
}

const standard = new Map<string, Promise<CrisisExample[]>>();

/**
 * A folder's example files, and as ordinary messages the listed questions of
 * the knowledge bases under `content` (the demo one ships with Loket): a
 * small knowledge base of an operator's own would leave the classifier too
 * few ordinary questions to tell a complaint from a crisis. Read once per process.
 */
export function standardCrisisExamples(folder: string, content: string, safety: Pick<SafetyCheck, 'check'>): Promise<CrisisExample[]> {
  const key = `${folder}\n${content}`;
  const known = standard.get(key) ?? examplesWithContent(folder, content, safety);
  standard.set(key, known);
  return known;
}

async function examplesWithContent(folder: string, content: string, safety: Pick<SafetyCheck, 'check'>): Promise<CrisisExample[]> {
  const articles = existsSync(content) ? await loadArticles(content) : [];
  return [...readCrisisExamples(folder), ...ordinaryQuestions(articles, safety)];
}

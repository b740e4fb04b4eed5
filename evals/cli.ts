import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readAnswerPolicy } from '../bot/answerPolicyFile';
import { loadConfig } from '../bot/config';
import { readCases } from './evalCase';
import { afterAnotherAnswer } from './afterAnswer';
import { titleCases } from './titleCases';
import { passed } from './metrics';
import { KNOWLEDGE_OPTIONS, knowledgeSourceOf } from './knowledgeArguments';
import { formatLearning, formatSummary } from './report';
import { runLearningLoop } from './learningLoop';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../bot/projectRoot';

const LEARNING_CASES = [join(PROJECT_ROOT, 'evals', 'cases', 'lindewijk-answers.jsonl'), join(PROJECT_ROOT, 'evals', 'cases', 'lindewijk-special.jsonl')];
import { loadEvalKnowledge, runEval } from './runEval';

const USAGE = `Usage: npm run eval -- --cases FILE [--cases FILE ...] [--titles TEMPLATE] [--knowledge PATH] [--format markdown|rijksoverheid] [--synonyms FILE] [--lexicon FILE] [--policy FILE] [--after-answer] [--out FILE] [--failures]
       npm run eval -- --learning [--cases FILE ...] [--knowledge PATH] [--out FILE]

  --cases      JSON Lines evaluation cases (../shared/evals/README.md); repeat for several files
  --titles     instead of or beside --cases: every article's title put into an everyday way of asking, expecting that article,
               e.g. --titles "info over {title}?" or "{title}. Met vriendelijke groet, Jan Jansen" (compare with "{title}")
  --knowledge  articles to answer from (default: the demo knowledge base, knowledge/content)
  --format     markdown (Loket articles, default) or rijksoverheid (open-data JSON items)
  --synonyms   synonym list searched with the knowledge (default knowledge/thesaurus/synonyms.txt; "none" for none)
  --lexicon    a bilingual dictionary's dictd index (e.g. /usr/share/dictd/freedict-eng-nld.index), as LOKET_LEXICON_PATH
  --policy     answer policy fitted for this knowledge base by \`npm run tune -- --out FILE\` (default: the built-in one)
  --after-answer  ask each single-question case as the second question of a chat, after one answered from another article
  --out        write one JSON line per case: {id, kind, article, options, handover, text, ms}
  --failures   also print every case that did not go as expected
  --learning   the improvement loop: teach half of the cases through the editor's "link" action, measure the other half before and after
               (default cases: evals/cases/lindewijk-answers.jsonl and lindewijk-special.jsonl)`;

/** `npm run eval`: evaluates the real bot on case files and prints the summary. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...KNOWLEDGE_OPTIONS,
      out: { type: 'string' },
      policy: { type: 'string' },
      failures: { type: 'boolean', default: false },
      'after-answer': { type: 'boolean', default: false },
      titles: { type: 'string' },
      learning: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.learning) return learning(values);
  const template = values.titles;
  if (values.help || (!values.cases?.length && !template) || !['markdown', 'rijksoverheid'].includes(values.format ?? '')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const loaded = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const config = values.policy ? { ...loaded, answerPolicy: readAnswerPolicyOrFail(values.policy) } : loaded;
  const source = knowledgeSourceOf(values);
  const knowledge = await loadEvalKnowledge(source, config);
  const fromFiles = (await Promise.all((values.cases ?? []).map(readCases))).flat();
  const read = template ? [...fromFiles, ...titleCases(knowledge.index?.articles.values() ?? [], template)] : fromFiles;
  const cases = values['after-answer'] ? afterAnotherAnswer(read) : read;
  const { outcomes, summary } = await runEval(cases, knowledge, config);
  if (values.out) {
    const lines = outcomes.map(({ evalCase, result }) => JSON.stringify({ id: evalCase.id, ...result }));
    await writeFile(values.out, `${lines.join('\n')}\n`);
  }
  if (values.failures) {
    for (const outcome of outcomes.filter((entry) => !passed(entry))) {
      const { evalCase, result } = outcome;
      process.stdout.write(
        `FAIL ${evalCase.id} ${JSON.stringify(evalCase.q)} expected ${JSON.stringify(evalCase.expect)} got ${result.kind} ${result.article ?? ''} ${result.options.join(',')}\n`,
      );
    }
  }
  process.stdout.write(`${formatSummary(summary, source.path, [...(values.cases ?? []), ...(template ? [`--titles "${template}"`] : [])])}\n`);
}

function readAnswerPolicyOrFail(path: string) {
  const problems: string[] = [];
  const policy = readAnswerPolicy(path, problems);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return policy;
}

async function learning(values: { cases?: string[]; knowledge?: string; format?: string; out?: string }): Promise<void> {
  const caseFiles = values.cases?.length ? values.cases : LEARNING_CASES;
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const source = knowledgeSourceOf(values);
  const cases = (await Promise.all(caseFiles.map(readCases))).flat();
  const report = await runLearningLoop(cases, source, config);
  if (values.out) await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${formatLearning(report, caseFiles)}\n`);
  // Linked questions become searchable passages: one out-of-scope question coming to look answerable is tolerated.
  const worse =
    report.after.wrongAnswerRate > report.before.wrongAnswerRate || report.after.abstainRate < report.before.abstainRate - 1 / report.outOfScope - 1e-9;
  if (report.after.accuracy < report.before.accuracy || worse) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

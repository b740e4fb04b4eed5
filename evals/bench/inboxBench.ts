import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { FileConversationLog } from '../../adapters/conversationLog/fileConversationLog';
import { PROJECT_ROOT } from '../../bot/projectRoot';
import { ConversationEvent, newEventId } from '../../dialogs/conversationLog';
import { TurnStatus } from '../../dialogs/turnStatus';
import { AgentClient } from '../../test/support/agentClient';
import { startLoketProcess } from '../../test/support/loketProcess';
import { readCases } from '../evalCase';

const PASSWORD = 'bench password 1234';
const DAY = 86_400_000;
const CASE_FILES = ['lindewijk-answers', 'lindewijk-dev', 'lindewijk-dev-2', 'rijksoverheid', 'rijksoverheid-dev'];

interface VolumeFigures {
  turns: number;
  clusters: number;
  firstLoad: number;
  nextLoad: number;
  figures: number;
  kilobytes: number;
}

/**
 * `npm run bench:inbox`: the editor console over a month of conversation log.
 * Writes N turns over 28 days (the citizens' questions of the eval cases, half
 * with words of another question added so most texts differ; 70% answered,
 * 15% abstained, 10% clarified, 5% handed over) through the embedded log, starts
 * Loket on it, and times the inbox (first load and a reload) and the figures.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '10000,40000,120000' } } });
  const questions = await citizenQuestions();
  const rows: VolumeFigures[] = [];
  for (const turns of values.turns.split(',').map(Number)) rows.push(await measure(turns, questions));
  process.stdout.write('turns in the log | clusters | inbox first load | reload | figures | inbox page\n');
  for (const row of rows) {
    process.stdout.write(
      `${String(row.turns).padStart(16)} | ${String(row.clusters).padStart(8)} | ${ms(row.firstLoad).padStart(16)} | ${ms(row.nextLoad).padStart(6)} | ${ms(row.figures).padStart(7)} | ${row.kilobytes} KB\n`,
    );
  }
}

async function measure(turns: number, questions: string[]): Promise<VolumeFigures> {
  const data = await mkdtemp(join(tmpdir(), 'loket-inbox-bench-'));
  try {
    await new AgentAccounts(join(data, 'agents.json')).save({ name: 'bench', displayName: 'Bench', roles: ['editor'] }, PASSWORD);
    await writeMonth(new FileConversationLog(join(data, 'log', 'conversations')), turns, questions);
    const loket = await startLoketProcess({ LOKET_DATA_DIR: data, LOKET_KNOWLEDGE_PATH: join(PROJECT_ROOT, 'knowledge', 'content'), LOG_LEVEL: 'warn' });
    try {
      const editor = new AgentClient(loket.url, 'editor');
      if ((await editor.signIn('bench', PASSWORD)) !== 200) throw new Error('bench editor could not sign in');
      const first = await timed(() => editor.get<{ total: number }>('/api/editor/inbox'));
      const next = await timed(() => editor.get('/api/editor/inbox'));
      const figures = await timed(() => editor.get('/api/editor/analytics?days=30'));
      return {
        turns,
        clusters: first.result.body.total,
        firstLoad: first.ms,
        nextLoad: next.ms,
        figures: figures.ms,
        kilobytes: Math.round(JSON.stringify(first.result.body).length / 1024),
      };
    } finally {
      await loket.stop();
    }
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

async function writeMonth(log: FileConversationLog, turns: number, questions: string[]): Promise<void> {
  const random = seeded(3);
  const pick = () => questions[Math.floor(random() * questions.length)] as string;
  const start = Date.now() - 29 * DAY;
  const batch: Promise<void>[] = [];
  for (let n = 0; n < turns; n++) {
    const at = start + Math.floor((n * 28 * DAY) / turns);
    const status = statusOf(random());
    const text = random() < 0.5 ? pick() : `${pick()} ${pick().split(' ').slice(-2).join(' ')}`;
    const event: ConversationEvent = {
      id: newEventId(at),
      at,
      kind: 'turn',
      conversationId: `bench-${Math.floor(n / 4)}`,
      channel: 'bench',
      lang: 'nl',
      status,
      text,
      ...(status === 'answered' ? { articleId: 'paspoort-aanvragen', score: 0.6 } : {}),
    };
    batch.push(log.append(event));
    if (batch.length >= 2000) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

function statusOf(draw: number): TurnStatus {
  if (draw < 0.7) return 'answered';
  if (draw < 0.85) return 'abstained';
  return draw < 0.95 ? 'clarified' : 'handed-over';
}

async function citizenQuestions(): Promise<string[]> {
  const files = CASE_FILES.map((name) => join(PROJECT_ROOT, 'evals', 'cases', `${name}.jsonl`));
  const cases = (await Promise.all(files.map((file) => readCases(file)))).flat();
  return cases.map((evalCase) => evalCase.q).filter((q) => q.trim() !== '');
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

/** A fixed sequence, so every run writes the same month. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

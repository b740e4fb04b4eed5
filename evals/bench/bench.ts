import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pidusage from 'pidusage';
import { PROJECT_ROOT } from '../../bot/projectRoot';
import { BENCH_QUESTIONS } from './questions';
import { startChannelStandIn } from './channelStandIn';

interface Figures {
  name: string;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time (user + system) per message in the measured run, read from outside its process. */
  cpuPerMessage: number;
}

/**
 * `npm run bench`: sends the same fixed number of messages through
 * /api/messages on loopback to Loket and to a bare echo bot on the same
 * restify + CloudAdapter stack, in one run, and prints throughput and latency
 * of both and their ratio. Replies go to a channel stand-in in this process.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '6000' }, connections: { type: 'string', default: '16' } } });
  const amount = Number(values.requests);
  const connections = Number(values.connections);
  const channel = await startChannelStandIn();
  const data = await mkdtemp(join(tmpdir(), 'loket-bench-'));
  try {
    const echo = await measure('echo bot', 'dist/evals/bench/echoBot.js', {}, channel.url, amount, connections);
    // The bench measures throughput, not the per-conversation limit.
    const loket = await measure(
      'Loket',
      'dist/bot/main.js',
      { LOKET_DATA_DIR: data, LOG_LEVEL: 'info', LOKET_RATE_LIMIT_CONVERSATION: '100000/60' },
      channel.url,
      amount,
      connections,
    );
    print([echo, loket], amount, connections);
    // Throughput moves with whatever else the machine runs; CPU time per message much less. A bot that has its core to itself
    // reaches the throughput this ratio predicts.
    process.stdout.write(`cpu ratio: ${(echo.cpuPerMessage / loket.cpuPerMessage).toFixed(2)} (the echo bot's CPU time per message divided by Loket's)\n`);
    process.stdout.write(`ratio: ${(loket.throughput / echo.throughput).toFixed(2)}\n`);
  } finally {
    channel.server.close();
    await rm(data, { recursive: true, force: true });
  }
}

async function measure(name: string, script: string, env: Record<string, string>, serviceUrl: string, amount: number, connections: number): Promise<Figures> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, script)], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await listeningPort(child);
    const url = `http://127.0.0.1:${port}`;
    await waitUntilReady(url);
    const warmUp = Math.min(1000, Math.round(amount / 5));
    await run(url, serviceUrl, warmUp, connections);
    const cpuBefore = await cpuTime(child);
    const { result, seconds } = await run(url, serviceUrl, amount, connections);
    const cpu = (await cpuTime(child)) - cpuBefore;
    return {
      name,
      requests: result.requests.total,
      throughput: result.requests.total / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
      cpuPerMessage: cpu / result.requests.total,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Milliseconds of CPU the process has used so far. */
async function cpuTime(child: ChildProcess): Promise<number> {
  if (child.pid === undefined) throw new Error('server process has no pid');
  return (await pidusage(child.pid)).ctime;
}

/**
 * One load run, timed from its start to its last response. autocannon's own
 * `duration` ends on its one-second tick, so a run of 5.1 s counts as 6 s and
 * throughput moved in steps of up to 20%.
 */
async function run(url: string, serviceUrl: string, amount: number, connections: number): Promise<{ result: autocannon.Result; seconds: number }> {
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = load(url, serviceUrl, amount, connections, (error: unknown, finished: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on('response', () => (lastResponse = performance.now()));
  });
  return { result, seconds: Math.max(lastResponse - started, 1) / 1000 };
}

function load(
  url: string,
  serviceUrl: string,
  amount: number,
  connections: number,
  done: (error: unknown, result: autocannon.Result) => void,
): autocannon.Instance {
  let sequence = 0;
  return autocannon(
    {
      url: `${url}/api/messages`,
      amount,
      connections,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            sequence++;
            const text = BENCH_QUESTIONS[sequence % BENCH_QUESTIONS.length];
            const activity = {
              type: 'message',
              id: `m${sequence}`,
              channelId: 'bench',
              serviceUrl,
              conversation: { id: `bench-${sequence % 500}` },
              from: { id: `citizen-${sequence % 500}` },
              recipient: { id: 'bot' },
              text,
              locale: 'nl-NL',
            };
            return { ...request, body: JSON.stringify(activity) };
          },
        },
      ],
    },
    done,
  );
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening (\d+)|"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(output);
      if (!match) return;
      // Later log lines are drained unread: keeping them would slow the load generator, which shares this process.
      child.stdout?.off('data', read);
      child.stdout?.resume();
      resolve(Number(match[1] ?? match[2]));
    };
    child.stdout?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.status === 200 || response.status === 404,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready`);
}

function print(rows: Figures[], amount: number, connections: number): void {
  process.stdout.write(`${amount} messages per bot, ${connections} connections, loopback\n`);
  process.stdout.write('bot        | msg/s   | p50 ms | p99 ms | errors | CPU ms/msg\n');
  for (const row of rows) {
    process.stdout.write(
      `${row.name.padEnd(10)} | ${row.throughput.toFixed(0).padStart(7)} | ${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${String(row.errors).padStart(6)} | ${row.cpuPerMessage.toFixed(2)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

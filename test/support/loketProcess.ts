import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT } from '../../bot/projectRoot';
import { GENEROUS_LIMITS } from './loketServer';

const MAIN = join(ROOT, 'dist', 'bot', 'main.js');

/** A Loket running as its own process (the built `npm start`), on a fixed loopback port so it can be killed and restarted in place. */
export interface LoketProcess {
  url: string;
  output(): string;
  /** The running process's id (for its memory figures). */
  pid(): number | undefined;
  /** SIGKILL: no shutdown code runs, as in a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * `port`: a port chosen beforehand (see freePort), when its URL must be known before Loket starts, e.g. for a redirect URL.
 * `nodeArgs`: options for node itself, e.g. a heap cap or `--trace-gc`.
 */
export async function startLoketProcess(env: Record<string, string>, options: { port?: number; nodeArgs?: string[] } = {}): Promise<LoketProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';
  const exited = () =>
    new Promise<void>((resolve) => (child && child.exitCode === null && child.signalCode === null ? child.once('exit', () => resolve()) : resolve()));
  const start = async () => {
    child = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...GENEROUS_LIMITS, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilReady(
      url,
      () => output,
      () => child?.exitCode ?? child?.signalCode ?? null,
    );
  };
  await start();
  return {
    url,
    output: () => output,
    pid: () => child?.pid,
    kill: async () => {
      const done = exited();
      child?.kill('SIGKILL');
      await done;
    },
    stop: async () => {
      const done = exited();
      child?.kill('SIGTERM');
      await done;
    },
    start,
  };
}

async function waitUntilReady(url: string, output: () => string, exit: () => number | string | null): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exit() !== null) throw new Error(`Loket exited (${exit()}):\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Loket at ${url} was not ready in time:\n${output()}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

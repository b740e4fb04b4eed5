import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const DEMO_CONTENT = join(ROOT, 'knowledge', 'content');

/** The provided shared folder (../shared): real government data and sample cases. Tests that need it skip without it. */
export const SHARED = process.env.LOKET_SHARED_DIR ?? resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'data', 'rijksoverheid-faq'));
export const describeWithShared = HAS_SHARED ? describe : describe.skip;

/** Debian's FreeDict English-Dutch dictionary (dict-freedict-eng-nld), which .ci/run installs; tests that need it skip without it. */
export const FREEDICT_ENG_NLD = '/usr/share/dictd/freedict-eng-nld.index';
export const itWithFreeDict = existsSync(FREEDICT_ENG_NLD) ? it : it.skip;

/** A fresh temporary folder, removed after the test file. */
export async function temporaryDirectory(name: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `loket-${name}-`));
  // Retries: a server that just closed may still be finishing a write into the folder.
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }) };
}

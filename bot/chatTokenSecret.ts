import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * The secret that signs chat tokens: configured (required in production and
 * with several processes), or generated once and kept in the data folder so
 * citizens' open chats survive a restart of a single local process.
 */
export async function chatTokenSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, 'chat-token-secret');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not there yet: create it below.
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  await writeFileAtomic(file, secret, { mode: 0o600 });
  return secret;
}

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Logger } from 'pino';
import writeFileAtomic from 'write-file-atomic';
import { AgentAccounts } from '../adapters/agents/agentAccounts';

/**
 * So the first command gives a working console: outside production, when no
 * account exists yet, create "demo" with a random password, written to a
 * file in the data folder (never to the log). Production needs `npm run agent`.
 */
export async function ensureDemoAgent(accountsFile: string, dataDir: string, logger: Logger): Promise<void> {
  const accounts = new AgentAccounts(accountsFile);
  if ((await accounts.list()).length > 0) return;
  const password = randomBytes(12).toString('base64url');
  await accounts.save({ name: 'demo', displayName: 'Demo-medewerker', roles: ['agent', 'editor'] }, password);
  const file = join(dataDir, 'demo-agent-password.txt');
  await writeFileAtomic(file, `${password}\n`, { mode: 0o600 });
  logger.info({ event: 'demo-agent-created', name: 'demo', passwordFile: file });
}

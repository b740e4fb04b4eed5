import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AgentAccounts, MIN_PASSWORD_LENGTH, Role } from '../../adapters/agents/agentAccounts';
import { ConfigError, loadConfig } from '../config';

const USAGE = `Usage:
  npm run agent -- add <name> --display "Anna de Vries" [--roles agent,editor,admin]
      The password is read from LOKET_AGENT_PASSWORD, or asked for.
  npm run agent -- list`;

/** `npm run agent`: creates or updates console accounts (passwords hashed with argon2id) in the accounts file. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { display: { type: 'string' }, roles: { type: 'string', default: 'agent' } },
  });
  const config = loadConfig(process.env);
  const accounts = new AgentAccounts(config.handover.accountsFile);
  const [command, name] = positionals;
  if (command === 'list') {
    for (const account of await accounts.list()) process.stdout.write(`${account.name}\t${account.displayName}\t${account.roles.join(',')}\n`);
    return;
  }
  if (command !== 'add' || !name) throw new Error(USAGE);
  const roles = (values.roles ?? 'agent').split(',').map((role) => role.trim()) as Role[];
  const password = process.env.LOKET_AGENT_PASSWORD ?? (await ask(`Password for ${name} (at least ${MIN_PASSWORD_LENGTH} characters): `));
  const saved = await accounts.save({ name, displayName: values.display ?? name, roles }, password);
  process.stdout.write(`Saved ${saved.name} (${saved.roles.join(', ')}) in ${config.handover.accountsFile}\n`);
}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

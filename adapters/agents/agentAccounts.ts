import argon2 from 'argon2';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

export type Role = 'agent' | 'editor' | 'admin';

export interface AgentAccount {
  name: string;
  displayName: string;
  roles: Role[];
  /** argon2id hash; the password itself is never stored. */
  passwordHash: string;
}

const accountSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/),
  displayName: z.string().trim().min(1).max(60),
  roles: z.array(z.enum(['agent', 'editor', 'admin'])).min(1),
  passwordHash: z.string().startsWith('$argon2'),
});
const fileSchema = z.object({ accounts: z.array(accountSchema) });

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Local console accounts in a JSON file (created with `npm run agent`),
 * passwords hashed with argon2id. Read at start-up and on each sign-in, so
 * an account added with the command works without a restart.
 */
export class AgentAccounts {
  constructor(private readonly file: string) {}

  async list(): Promise<AgentAccount[]> {
    try {
      return fileSchema.parse(JSON.parse(await readFile(this.file, 'utf8'))).accounts;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(`${this.file} is not a valid accounts file: ${(error as Error).message}`, { cause: error });
    }
  }

  async find(name: string): Promise<AgentAccount | undefined> {
    return (await this.list()).find((account) => account.name === name);
  }

  /** The account when name and password match; the same work is done for unknown names, so timing does not reveal them. */
  async verify(name: string, password: string): Promise<AgentAccount | undefined> {
    const account = await this.find(name);
    const hash = account?.passwordHash ?? (await dummyHash());
    const matches = await argon2.verify(hash, password).catch(() => false);
    return account && matches ? account : undefined;
  }

  async save(account: { name: string; displayName: string; roles: Role[] }, password: string): Promise<AgentAccount> {
    if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
    const stored = accountSchema.parse({ ...account, passwordHash: await argon2.hash(password, { type: argon2.argon2id }) });
    const others = (await this.list()).filter((existing) => existing.name !== account.name);
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify({ accounts: [...others, stored] }, null, 2)}\n`, { mode: 0o600 });
    return stored;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= argon2.hash('not-a-real-password', { type: argon2.argon2id });
  return dummy;
}

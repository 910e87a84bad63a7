import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { accountProblem, normalEmail, passwordProblem, type Role } from '../../domain/account.js';
import { AccountExistsError } from '../../store/account-repository.js';
import { hashPassword } from '../../store/password-hash.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';
import { UsageError } from '../usage-error.js';

export interface UserAddOptions {
  email: string;
  role: Role;
  body?: number[];
  name?: string;
}

/**
 * The password, from standard input: piped (`printf '%s' "$PW" | openrooms user add …`), the
 * whole input less one final line break; typed at a terminal, asked for once without echo. It
 * is never an argument, which the process list and shell history would keep.
 */
export async function readPassword(input: NodeJS.ReadStream = process.stdin, prompt = 'Password: '): Promise<string> {
  if (input.isTTY) {
    process.stderr.write(prompt);
    const silent = new Writable({
      write: (_chunk, _encoding, done) => {
        done();
      },
    });
    const reader = createInterface({ input, output: silent, terminal: true });
    const answer = await new Promise<string>((resolve) => {
      reader.question('', resolve);
    });
    reader.close();
    process.stderr.write('\n');
    return answer;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `openrooms user add`: the way the first admin is made, and any account after it. */
export async function addUser(config: Config, options: UserAddOptions, password: () => Promise<string>): Promise<void> {
  const store = await openStore(config);
  try {
    const bodies = new Set((await store.serviceBodies.list()).map((body) => body.id));
    const input = { email: options.email, name: options.name ?? null, role: options.role, serviceBodyIds: options.body ?? [] };
    const problem = accountProblem(input, bodies);
    if (problem !== null) throw new UsageError(problem);
    // Asked for only once the rest is known to be right, so a typo in --role costs no typing.
    const given = await password();
    const weak = passwordProblem(given);
    if (weak !== null) throw new UsageError(weak);
    try {
      const account = await store.accounts.add(input, await hashPassword(given));
      const where = account.serviceBodyIds.length > 0 ? ` for service bodies ${account.serviceBodyIds.join(', ')}` : '';
      console.log(`Added ${account.email} as ${account.role}${where} (account ${account.id}).`);
    } catch (error) {
      if (error instanceof AccountExistsError) throw new UsageError(error.message);
      throw error;
    }
  } finally {
    await store.close();
  }
}

/** `openrooms user deactivate|reactivate <email>`: an account that may not log in keeps its place in the history. */
export async function setUserActive(config: Config, email: string, active: boolean): Promise<void> {
  const store = await openStore(config);
  try {
    const account = await store.accounts.setActive(email, active);
    if (!account) throw new UsageError(`no account has the email ${normalEmail(email)} (see: openrooms user list)`);
    console.log(
      active ? `${account.email} may log in again.` : `${account.email} is deactivated: it cannot log in, and its history stays.`,
    );
  } finally {
    await store.close();
  }
}

/** `openrooms user password <email>`: a new password from standard input; the account's sessions end. */
export async function setUserPassword(config: Config, email: string, password: () => Promise<string>): Promise<void> {
  const store = await openStore(config);
  try {
    const account = await store.accounts.byEmail(email);
    if (!account) throw new UsageError(`no account has the email ${normalEmail(email)} (see: openrooms user list)`);
    const given = await password();
    const weak = passwordProblem(given);
    if (weak !== null) throw new UsageError(weak);
    await store.accounts.setPassword(account.id, await hashPassword(given));
    console.log(`${account.email} has a new password; every session it had is ended.`);
  } finally {
    await store.close();
  }
}

/** `openrooms user list`: who keeps the lists, never their hashes. */
export async function listUsers(config: Config, options: { json: boolean }): Promise<void> {
  const store = await openStore(config);
  try {
    const accounts = await store.accounts.list();
    if (options.json) {
      console.log(JSON.stringify(accounts, null, 2));
      return;
    }
    if (accounts.length === 0) console.log('No accounts yet. Make the first admin with: openrooms user add --email … --role admin');
    for (const a of accounts) {
      const bodies = a.serviceBodyIds.length > 0 ? ` (bodies ${a.serviceBodyIds.join(', ')})` : '';
      console.log(`${a.email}  ${a.role}${bodies}${a.active ? '' : '  deactivated'}`);
    }
  } finally {
    await store.close();
  }
}

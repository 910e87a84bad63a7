/**
 * Signing in to the admin in tests, through the real login form: an account made in the store,
 * then a client that keeps the session cookie and sends each form with its CSRF token.
 * Nothing here imports vitest, so the screenshots script can use it too.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Account, Role } from '../../src/domain/account.js';
import { hashPassword } from '../../src/store/password-hash.js';
import type { Store } from '../../src/store/store.js';

export const TEST_PASSWORD = 'a long test password';

export async function addAccount(
  store: Store,
  account: { email: string; role: Role; bodies?: number[]; name?: string; password?: string },
): Promise<Account> {
  return store.accounts.add(
    { email: account.email, name: account.name ?? null, role: account.role, serviceBodyIds: account.bodies ?? [] },
    await hashPassword(account.password ?? TEST_PASSWORD),
  );
}

export type FormFields = Record<string, string | readonly string[]>;

/** The value of the first `_csrf` field on a page. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the page has no _csrf field');
  return token;
}

function encode(fields: FormFields): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of typeof value === 'string' ? [value] : value) body.append(name, one);
  }
  return body.toString();
}

let clients = 0;

/** One browser's admin session, driven with app.inject. */
export class AdminClient {
  private cookie: string | null = null;

  /**
   * Each client comes from its own address unless given one, as separate volunteers would: the
   * login's rate limit counts per address, and tests make many logins in a minute.
   */
  constructor(
    private readonly app: FastifyInstance,
    private readonly address = `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`,
  ) {}

  /** Sends the request with the session cookie, and keeps any cookie the answer sets. */
  async request(method: 'GET' | 'POST', url: string, body?: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body } : {}),
    });
    const set = response.headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) {
      const pair = first.split(';')[0]!;
      // A cleared cookie (logout) has an empty value and a date in the past.
      this.cookie = /=$/.test(pair) || /Expires=Thu, 01 Jan 1970/i.test(first) ? null : pair;
    }
    return response;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request('GET', url);
  }

  /** Posts a form with a CSRF token read from `tokenFrom` (the page the form is on; /admin by default). */
  async post(url: string, fields: FormFields, tokenFrom = '/admin/login'): Promise<LightMyRequestResponse> {
    const page = await this.get(tokenFrom);
    return this.request('POST', url, encode({ _csrf: csrfOf(page.body), ...fields }));
  }

  /** Posts without a token: what a forged cross-site form would send. */
  postWithoutToken(url: string, fields: FormFields): Promise<LightMyRequestResponse> {
    return this.request('POST', url, encode(fields));
  }

  /** Logs in through the form; throws unless the login succeeded. */
  async login(email: string, password = TEST_PASSWORD): Promise<this> {
    const response = await this.post('/admin/login', { email, password });
    if (response.statusCode !== 303) throw new Error(`login as ${email} failed: ${response.statusCode}`);
    return this;
  }

  get hasCookie(): boolean {
    return this.cookie !== null;
  }
}

/** A signed-in client for a new account of this role. */
export async function signedIn(
  app: FastifyInstance,
  store: Store,
  account: { email: string; role: Role; bodies?: number[] },
): Promise<AdminClient> {
  await addAccount(store, account);
  return new AdminClient(app).login(account.email);
}

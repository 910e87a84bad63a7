/**
 * The authorization matrix: every admin route and admin API endpoint, for each kind of actor
 * (test/support/access.ts). Exactly the allowed cells succeed; every other cell gets 401, 403
 * or the login page, and changes nothing in the store. A route under /admin or /api/v1/admin
 * that no case names fails the matrix, so a new route cannot skip it.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ACTORS, type AccessCase, type AccessRequest, type AccessWorld, type ActorName } from '../support/access.js';
import { addAccount, AdminClient, csrfOf } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite } from '../support/harness.js';

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'admin-access');
const caseFiles = readdirSync(CASES_DIR).filter((file) => file.endsWith('.cases.ts'));
const CASES: AccessCase[] = (
  await Promise.all(caseFiles.map(async (file) => ((await import(join(CASES_DIR, file))) as { cases: AccessCase[] }).cases))
).flat();

const ACCOUNTS: Record<
  Exclude<ActorName, 'anonymous'>,
  { role: 'admin' | 'body-admin' | 'editor' | 'observer'; body: 'region' | 'area' | 'otherArea' | null }
> = {
  deactivated: { role: 'editor', body: 'area' },
  observer: { role: 'observer', body: 'area' },
  'editor-other': { role: 'editor', body: 'otherArea' },
  editor: { role: 'editor', body: 'area' },
  'body-admin-parent': { role: 'body-admin', body: 'region' },
  admin: { role: 'admin', body: null },
};

function emailOf(actor: ActorName): string {
  return `${actor}@example.org`;
}

function tokenOf(actor: ActorName): string {
  return `matrix-token-${actor}`;
}

/** Every admin route the app has, as "METHOD /path" (HEAD is GET's shadow), read from Fastify's route tree. */
function adminRoutes(app: FastifyInstance): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = `${stack[depth - 1] ?? ''}${match[2]!}`;
    stack.push(path);
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
      if (/^\/admin(\/|$)|^\/api\/v1\/admin\//.test(path)) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/** What an actor's refused request must leave exactly as it was: every table's rows, and the accounts. */
async function fingerprint(store: Store): Promise<string> {
  // Every table but the sessions (a login or logout is no change of data) and the accounts, read apart below.
  const tables = (await store.db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !['sessions', 'accounts'].includes(name) && !name.startsWith('kysely_'))
    .sort();
  const parts: unknown[] = [await store.changes.latestSeq()];
  const db = store.db;
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    parts.push(rows.rows.map((row) => JSON.stringify(row)).sort());
  }
  // Accounts without the login counters, which a refused login may move.
  const accounts = await db
    .selectFrom('accounts')
    .select(['email', 'name', 'role', 'active', 'password_hash', 'updated_at'])
    .orderBy('email')
    .execute();
  parts.push(accounts);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function refusedBy(response: LightMyRequestResponse): boolean {
  if (response.statusCode === 401 || response.statusCode === 403) return true;
  const location = response.headers.location ?? '';
  return response.statusCode === 303 && /^\/admin\/login(\?next=|$)/.test(location);
}

function describeAnswer(response: LightMyRequestResponse): string {
  return `${response.statusCode}${response.headers.location ? ` → ${response.headers.location}` : ''}`;
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`the authorization matrix on ${engine.name}`, () => {
    let world: AccessWorld;

    async function signIn(actor: ActorName): Promise<AdminClient> {
      const client = new AdminClient(world.site.app);
      if (actor === 'anonymous') return client;
      if (actor === 'deactivated') {
        // A live session of an account turned off since it logged in: the case the issue names.
        await world.site.store.accounts.setActive(emailOf(actor), true);
        await client.login(emailOf(actor));
        await world.site.store.accounts.setActive(emailOf(actor), false);
        return client;
      }
      return client.login(emailOf(actor));
    }

    async function send(
      actor: ActorName,
      client: AdminClient,
      method: AccessCase['method'],
      request: AccessRequest,
    ): Promise<LightMyRequestResponse> {
      if (request.path.startsWith('/api/')) {
        return world.site.app.inject({
          method,
          url: request.path,
          headers: actor === 'anonymous' ? {} : { authorization: `Bearer ${tokenOf(actor)}` },
          ...(request.json !== undefined ? { payload: request.json as Record<string, unknown> } : {}),
        });
      }
      if (method === 'GET') return client.get(request.path);
      const signedIn = actor !== 'anonymous' && actor !== 'deactivated';
      const page = await client.get(signedIn ? '/admin' : '/admin/login');
      const body = new URLSearchParams({ _csrf: csrfOf(page.body) });
      for (const [name, value] of Object.entries(request.form ?? {})) {
        for (const one of typeof value === 'string' ? [value] : value) body.append(name, one);
      }
      return client.request('POST', request.path, body.toString());
    }

    beforeAll(async () => {
      const site = await initSite(engine);
      const store = site.store;
      const region = await store.serviceBodies.create({ name: 'Matrix Region', type: 'region' }, 'test');
      const area = await store.serviceBodies.create({ name: 'Matrix Area', type: 'area', parentId: region.id }, 'test');
      const otherArea = await store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
      const meeting = await store.meetings.create(meetingInput({ name: 'Matrix Meeting', serviceBodyId: area.id }), 'test');
      await site.search.settled();
      world = { site, region, area, otherArea, meeting };
      const bodyIds = { region: region.id, area: area.id, otherArea: otherArea.id };
      for (const [actor, { role, body }] of Object.entries(ACCOUNTS) as [ActorName, (typeof ACCOUNTS)['admin']][]) {
        const account = await addAccount(store, { email: emailOf(actor), role, bodies: body === null ? [] : [bodyIds[body]] });
        await store.db
          .insertInto('api_tokens')
          .values({
            account_id: account.id,
            name: 'matrix',
            token_hash: createHash('sha256').update(tokenOf(actor)).digest('hex'),
            created_at: new Date().toISOString(),
            last_used_at: null,
            revoked_at: null,
          })
          .execute();
      }
    });
    afterAll(async () => {
      await world.site.dispose();
    });

    it('has a case for every admin route and admin API endpoint', () => {
      const named = new Set(CASES.map((c) => `${c.method} ${c.route}`));
      const missing = adminRoutes(world.site.app).filter((route) => !named.has(route));
      expect(missing).toEqual([]);
      expect(named.size).toBeGreaterThan(0);
    });

    it.each(CASES.map((c) => [c.label, c] as const))('%s', async (_label, access) => {
      // Refused actors first, so that what an allowed one changes cannot hide a refused one's write.
      const order = [...ACTORS].sort((a, b) => Number(access.allowed.includes(a)) - Number(access.allowed.includes(b)));
      for (const actor of order) {
        const request = await access.request(world);
        // A fresh browser per cell, signed in before the store is looked at: a case may log its
        // actor out, or in as someone else.
        const client = await signIn(actor);
        const before = await fingerprint(world.site.store);
        const response = await send(actor, client, access.method, request);
        const after = await fingerprint(world.site.store);
        const cell = `${actor} → ${access.method} ${request.path}: ${describeAnswer(response)}`;
        if (access.allowed.includes(actor)) {
          expect(response.statusCode < 400 && !refusedBy(response), `${cell} should succeed`).toBe(true);
          if (access.writes) expect(after, `${cell} should change the store`).not.toBe(before);
          access.check?.(response, actor, world);
        } else {
          expect(refusedBy(response), `${cell} should be refused`).toBe(true);
          expect(after, `${cell} must change nothing`).toBe(before);
        }
      }
    });
  });
}

import { verify } from '@node-rs/argon2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { engines, type TestStore } from '../support/engines.js';

const PASSWORD = 'a long pass phrase, typed once';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`openrooms user on ${engine.name}`, () => {
    let t: TestStore;
    let env: Record<string, string>;
    let area: number;
    let region: number;
    beforeEach(async () => {
      t = await engine.fresh();
      env = t.config.databaseUrl
        ? { DATABASE_URL: t.config.databaseUrl, SAMPLE_DATA: 'off' }
        : { DATA_DIR: t.config.dataDir, SAMPLE_DATA: 'off' };
      region = (await t.store.serviceBodies.create({ name: 'Test Region', type: 'region' }, 'tester')).id;
      area = (await t.store.serviceBodies.create({ name: 'Test Area', type: 'area', parentId: region }, 'tester')).id;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('makes the first admin from a piped password, stored only as an argon2id hash', async () => {
      const added = await runCli(
        ['user', 'add', '--email', 'First.Admin@Example.org', '--role', 'admin', '--name', 'First Admin'],
        env,
        `${PASSWORD}\n`,
      );
      expect(added.stderr).toBe('');
      expect(added.code).toBe(0);
      expect(added.stdout).toMatch(/^Added first\.admin@example\.org as admin \(account \d+\)\.\n$/);
      const stored = await t.store.accounts.byEmail('FIRST.ADMIN@example.org');
      expect(stored).toMatchObject({
        email: 'first.admin@example.org',
        name: 'First Admin',
        role: 'admin',
        serviceBodyIds: [],
        active: true,
      });
      expect(stored!.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
      expect(stored!.passwordHash).not.toContain(PASSWORD);
      // The line break that ends piped input is not part of the password.
      expect(await verify(stored!.passwordHash, PASSWORD)).toBe(true);
      expect(await verify(stored!.passwordHash, `${PASSWORD}\n`)).toBe(false);
    });

    it('gives editors, observers and body admins their service bodies, and lists them without hashes', async () => {
      expect(
        (await runCli(['user', 'add', '--email', 'ed@example.org', '--role', 'editor', '--body', String(area)], env, PASSWORD)).code,
      ).toBe(0);
      const both = await runCli(
        ['user', 'add', '--email', 'ob@example.org', '--role', 'observer', '--body', String(region), String(area)],
        env,
        PASSWORD,
      );
      expect(both.code).toBe(0);
      expect(both.stdout).toContain(`for service bodies ${region}, ${area}`);
      const listed = await runCli(['user', 'list', '--json'], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).not.toContain('argon2');
      expect(JSON.parse(listed.stdout)).toMatchObject([
        { email: 'ed@example.org', role: 'editor', serviceBodyIds: [area] },
        { email: 'ob@example.org', role: 'observer', serviceBodyIds: [region, area].sort((a, b) => a - b) },
      ]);
    });

    it.each([
      [['--email', 'not-an-address', '--role', 'admin'], /^openrooms: email must be an address/],
      [['--email', 'e@example.org', '--role', 'editor'], /^openrooms: role editor needs at least one --body/],
      [['--email', 'e@example.org', '--role', 'editor', '--body', '999999'], /^openrooms: body 999999: no service body has that id/],
      [['--email', 'e@example.org', '--role', 'admin', '--body', '1'], /^openrooms: an admin has every service body/],
      [['--email', 'e@example.org', '--role', 'boss'], /--role.*Allowed choices are admin, body-admin, editor, observer/],
      [['--email', 'e@example.org', '--role', 'editor', '--body', 'two'], /--body.*must be a whole number/],
    ])('refuses %j with exit 2 and one line, writing nothing', async (args, message) => {
      const result = await runCli(['user', 'add', ...args], env, PASSWORD);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(await t.store.accounts.list()).toEqual([]);
    });

    it('refuses a short password and a second account for one address', async () => {
      const short = await runCli(['user', 'add', '--email', 'a@example.org', '--role', 'admin'], env, 'hunter2\n');
      expect([short.code, short.stderr]).toEqual([2, 'openrooms: the password must be at least 12 characters\n']);
      expect((await runCli(['user', 'add', '--email', 'a@example.org', '--role', 'admin'], env, PASSWORD)).code).toBe(0);
      const again = await runCli(['user', 'add', '--email', 'A@Example.org', '--role', 'editor', '--body', String(area)], env, PASSWORD);
      expect([again.code, again.stderr]).toEqual([2, 'openrooms: an account for a@example.org exists already\n']);
      expect(await t.store.accounts.list()).toHaveLength(1);
    });

    it('deactivates an account without deleting it, and reactivates it', async () => {
      expect(
        (await runCli(['user', 'add', '--email', 'ed@example.org', '--role', 'editor', '--body', String(area)], env, PASSWORD)).code,
      ).toBe(0);
      const ed = (await t.store.accounts.byEmail('ed@example.org'))!;
      await t.store.sessions.set('ed-session', { data: {}, accountId: ed.id, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      const off = await runCli(['user', 'deactivate', 'Ed@Example.org'], env);
      // Signed out at once, not at the session's next request.
      expect(await t.store.sessions.get('ed-session')).toBeUndefined();
      expect([off.code, off.stdout]).toEqual([0, 'ed@example.org is deactivated: it cannot log in, and its history stays.\n']);
      expect(await t.store.accounts.byEmail('ed@example.org')).toMatchObject({ active: false, serviceBodyIds: [area] });
      expect((await runCli(['user', 'list'], env)).stdout).toContain('ed@example.org  editor (bodies ' + String(area) + ')  deactivated');
      expect((await runCli(['user', 'reactivate', 'ed@example.org'], env)).code).toBe(0);
      expect(await t.store.accounts.byEmail('ed@example.org')).toMatchObject({ active: true });
      const nobody = await runCli(['user', 'deactivate', 'nobody@example.org'], env);
      expect([nobody.code, nobody.stderr]).toEqual([
        2,
        'openrooms: no account has the email nobody@example.org (see: openrooms user list)\n',
      ]);
    });

    it('sets a new password from standard input, ends every session, and refuses a weak one', async () => {
      expect((await runCli(['user', 'add', '--email', 'pw@example.org', '--role', 'admin'], env, PASSWORD)).code).toBe(0);
      const account = (await t.store.accounts.byEmail('pw@example.org'))!;
      const expires = new Date(Date.now() + 3_600_000).toISOString();
      await t.store.sessions.set('session-before', { data: {}, accountId: account.id, expiresAt: expires });
      const weak = await runCli(['user', 'password', 'pw@example.org'], env, 'password1234');
      expect([weak.code, weak.stderr]).toEqual([
        2,
        'openrooms: the password is one of the most common ones, which are guessed first: choose another\n',
      ]);
      const changed = await runCli(['user', 'password', 'PW@example.org'], env, 'a different long pass phrase\n');
      expect([changed.code, changed.stdout]).toEqual([0, 'pw@example.org has a new password; every session it had is ended.\n']);
      const after = (await t.store.accounts.byEmail('pw@example.org'))!;
      expect(await verify(after.passwordHash, 'a different long pass phrase')).toBe(true);
      expect(await t.store.sessions.get('session-before')).toBeUndefined();
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_AFTER_FAILURES, LOCK_MINUTES } from '../../src/domain/login.js';
import { addAccount, AdminClient, TEST_PASSWORD } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { initSite, type TestSite } from '../support/harness.js';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`admin login on ${engine.name}`, () => {
    let t: TestSite;
    let now = new Date('2026-12-02T12:00:00Z');
    beforeAll(async () => {
      t = await initSite(engine, { storeClock: () => now, sample: { count: 20, seed: 3 } });
      await addAccount(t.store, { email: 'admin@example.org', role: 'admin' });
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('sends anyone not signed in to the login, and back where they were going after it', async () => {
      const client = new AdminClient(t.app);
      const first = await client.get('/admin');
      expect(first.statusCode).toBe(303);
      expect(first.headers.location).toBe('/admin/login?next=%2Fadmin');
      const login = await client.post('/admin/login', { email: 'Admin@Example.org', password: TEST_PASSWORD, next: '/admin?x=1' });
      expect(login.statusCode).toBe(303);
      expect(login.headers.location).toBe('/admin?x=1');
      const home = await client.get('/admin');
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('Welcome, admin@example.org');
      expect(home.headers['cache-control']).toBe('no-store');
    });

    it('sets its one cookie under /admin only, HttpOnly and SameSite=Lax, and a new session id at login', async () => {
      const client = new AdminClient(t.app);
      const page = await client.get('/admin/login');
      const before = String(page.headers['set-cookie']);
      expect(before).toMatch(/^openrooms_admin=[^;]+; Path=\/admin; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
      const login = await client.post('/admin/login', { email: 'admin@example.org', password: TEST_PASSWORD });
      const after = String(login.headers['set-cookie']);
      expect(after).toMatch(/Path=\/admin; .*HttpOnly; SameSite=Lax/);
      expect(after.split(';')[0]).not.toBe(before.split(';')[0]);
    });

    it('gives public pages and the API no cookie, even to a signed-in volunteer', async () => {
      const client = await new AdminClient(t.app).login('admin@example.org');
      for (const url of ['/', '/meetings?near=97201', '/api/v1/meetings?near=97201', '/states/or']) {
        const response = await client.get(url);
        expect(response.headers['set-cookie'], url).toBeUndefined();
      }
    });

    it('never sends a visitor elsewhere after login: a next outside /admin goes to /admin', async () => {
      for (const next of ['//evil.example/admin', 'https://evil.example/', '/meetings', '/administrator']) {
        const client = new AdminClient(t.app);
        const login = await client.post('/admin/login', { email: 'admin@example.org', password: TEST_PASSWORD, next });
        expect(login.headers.location, next).toBe('/admin');
      }
    });

    it('says the same for an unknown email and a wrong password, and keeps the email typed', async () => {
      const unknown = await new AdminClient(t.app).post('/admin/login', { email: 'nobody@example.org', password: 'wrong password here' });
      const wrong = await new AdminClient(t.app).post('/admin/login', { email: 'admin@example.org', password: 'wrong password here' });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.body).toContain('That email and password do not match an account.');
      expect(wrong.body).toContain('That email and password do not match an account.');
      expect(unknown.body).toContain('value="nobody@example.org"');
      await t.store.accounts.recordLogin((await t.store.accounts.byEmail('admin@example.org'))!.id);
    });

    it('shows each missing field beside its input', async () => {
      const response = await new AdminClient(t.app).post('/admin/login', { email: '', password: '' });
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatch(
        /id="email"[^>]*aria-invalid="true"[^>]*aria-describedby="email-error"|aria-invalid="true"[^>]*id="email"/,
      );
      expect(response.body).toContain('id="email-error"');
      expect(response.body).toContain('Enter your password.');
    });

    it(`locks an account for ${LOCK_MINUTES} minutes after ${LOCK_AFTER_FAILURES} failures, even to the right password`, async () => {
      await addAccount(t.store, { email: 'lock@example.org', role: 'admin' });
      for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
        const failed = await new AdminClient(t.app).post('/admin/login', { email: 'lock@example.org', password: `wrong password ${i}` });
        expect(failed.statusCode).toBe(401);
      }
      const locked = await new AdminClient(t.app).post('/admin/login', { email: 'lock@example.org', password: TEST_PASSWORD });
      expect(locked.statusCode).toBe(423);
      expect(locked.body).toContain('locked after several failed logins, until 12:15 (UTC)');
      now = new Date(now.getTime() + LOCK_MINUTES * 60_000 + 1000);
      const open = await new AdminClient(t.app).post('/admin/login', { email: 'lock@example.org', password: TEST_PASSWORD });
      expect(open.statusCode).toBe(303);
    });

    it('refuses a deactivated account, and ends the session of one deactivated while signed in', async () => {
      await addAccount(t.store, { email: 'leaving@example.org', role: 'admin' });
      const client = await new AdminClient(t.app).login('leaving@example.org');
      expect((await client.get('/admin')).statusCode).toBe(200);
      await t.store.accounts.setActive('leaving@example.org', false);
      const after = await client.get('/admin');
      expect(after.statusCode).toBe(303);
      expect(after.headers.location).toMatch(/^\/admin\/login/);
      const again = await new AdminClient(t.app).post('/admin/login', { email: 'leaving@example.org', password: TEST_PASSWORD });
      expect(again.statusCode).toBe(403);
      expect(again.body).toContain('This account has been deactivated.');
    });

    it('refuses a form without its CSRF token, changing nothing', async () => {
      const client = await new AdminClient(t.app).login('admin@example.org');
      const sessions = await t.store.sessions.countForAccount((await t.store.accounts.byEmail('admin@example.org'))!.id);
      const forged = await client.postWithoutToken('/admin/logout-everywhere', {});
      expect(forged.statusCode).toBe(403);
      expect(forged.body).toContain('Nothing was changed.');
      expect(await t.store.sessions.countForAccount((await t.store.accounts.byEmail('admin@example.org'))!.id)).toBe(sessions);
      expect((await client.get('/admin')).statusCode).toBe(200);
    });

    it('logs out this browser, and everywhere', async () => {
      await addAccount(t.store, { email: 'two@example.org', role: 'editor', bodies: [(await t.store.serviceBodies.list())[0]!.id] });
      const laptop = await new AdminClient(t.app).login('two@example.org');
      const phone = await new AdminClient(t.app).login('two@example.org');
      const out = await laptop.post('/admin/logout', {}, '/admin');
      expect(out.statusCode).toBe(303);
      expect(out.headers.location).toBe('/admin/login?done=out');
      expect((await laptop.get('/admin')).statusCode).toBe(303);
      expect((await phone.get('/admin')).statusCode).toBe(200);

      const desk = await new AdminClient(t.app).login('two@example.org');
      const everywhere = await desk.post('/admin/logout-everywhere', {}, '/admin');
      expect(everywhere.statusCode).toBe(303);
      expect((await desk.get(everywhere.headers.location as string)).body).toContain('You are logged out on every browser');
      expect((await phone.get('/admin')).statusCode).toBe(303);
      expect((await desk.get('/admin')).statusCode).toBe(303);
    });

    it('answers a burst of logins from one address with the too-many page', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push(
          (await new AdminClient(t.app, '192.0.2.1').post('/admin/login', { email: 'burst@example.org', password: 'x' })).statusCode,
        );
      }
      expect(statuses).toContain(429);
    });
  });
}

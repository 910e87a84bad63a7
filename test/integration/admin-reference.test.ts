import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { addAccount, AdminClient, signedIn, TEST_PASSWORD } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/** The error shown beside a field: `<p class="field-error" id="name-error">…</p>`. */
function fieldError(html: string, name: string): string | undefined {
  return new RegExp(`<p class="field-error" id="${name}-error">([^<]*)</p>`).exec(html)?.[1];
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`admin pages for bodies, formats, programs, users and tokens (${engine.name})`, () => {
    let t: TestSite;
    let region: ServiceBody;
    let area: ServiceBody;
    let other: ServiceBody;
    let admin: AdminClient;
    let bodyAdmin: AdminClient;

    beforeAll(async () => {
      t = await initSite(engine);
      region = await t.store.serviceBodies.create({ name: 'Ref Region', type: 'region' }, 'test');
      area = await t.store.serviceBodies.create({ name: 'Ref Area', type: 'area', parentId: region.id }, 'test');
      other = await t.store.serviceBodies.create({ name: 'Elsewhere Area', type: 'area' }, 'test');
      await t.store.meetings.create(meetingInput({ name: 'Ref Meeting', serviceBodyId: area.id }), 'test');
      admin = await signedIn(t.app, t.store, { email: 'root@example.org', role: 'admin' });
      bodyAdmin = await signedIn(t.app, t.store, { email: 'region@example.org', role: 'body-admin', bodies: [region.id] });
    }, 60_000);
    afterAll(() => t.dispose());

    describe('users', () => {
      it('re-renders a bad new user with each error beside its field and the input kept', async () => {
        const res = await admin.post(
          '/admin/users',
          { email: 'not-an-address', name: 'Sam', role: 'editor', password: 'short' },
          '/admin/users/new',
        );
        expect(res.statusCode).toBe(400);
        expect(fieldError(res.body, 'email')).toMatch(/address/);
        expect(fieldError(res.body, 'password')).toMatch(/at least 12/);
        expect(fieldError(res.body, 'bodies')).toMatch(/at least one/);
        expect(res.body).toContain('value="not-an-address"');
        expect(res.body).toContain('value="Sam"');
        expect(res.body).toMatch(/id="email"[^>]*aria-describedby="email-error"|aria-describedby="email-error"[^>]*id="email"/);
        expect(await t.store.accounts.byEmail('not-an-address')).toBeUndefined();
      });

      it('creates a user with a first password, who can then log in; the list never shows a hash', async () => {
        const res = await admin.post(
          '/admin/users',
          { email: 'new.editor@example.org', name: 'Robin', role: 'editor', bodies: [String(area.id)], password: TEST_PASSWORD },
          '/admin/users/new',
        );
        expect(res.statusCode).toBe(303);
        expect(res.headers.location).toBe('/admin/users');
        const list = await admin.get('/admin/users');
        expect(list.body).toContain('new.editor@example.org can now log in.');
        expect(list.body).not.toMatch(/\$argon2/);
        await new AdminClient(t.app).login('new.editor@example.org');
      });

      it('a body admin cannot make an admin, nor an editor of a body outside its tree', async () => {
        const asAdmin = await bodyAdmin.post(
          '/admin/users',
          { email: 'sneaky@example.org', role: 'admin', password: TEST_PASSWORD },
          '/admin/users/new',
        );
        expect(asAdmin.statusCode).toBe(400);
        expect(fieldError(asAdmin.body, 'role')).toMatch(/not a role you may give/);
        const elsewhere = await bodyAdmin.post(
          '/admin/users',
          { email: 'sneaky@example.org', role: 'editor', bodies: [String(other.id)], password: TEST_PASSWORD },
          '/admin/users/new',
        );
        expect(elsewhere.statusCode).toBe(400);
        expect(fieldError(elsewhere.body, 'bodies')).toMatch(/you manage/);
        expect(await t.store.accounts.byEmail('sneaky@example.org')).toBeUndefined();
      });

      it("a body admin cannot see or change another body's editor", async () => {
        const theirs = await addAccount(t.store, { email: 'other.editor@example.org', role: 'editor', bodies: [other.id] });
        expect((await bodyAdmin.get(`/admin/users/${theirs.id}`)).statusCode).toBe(403);
        const res = await bodyAdmin.post(`/admin/users/${theirs.id}/active`, { active: '0' }, '/admin/users');
        expect(res.statusCode).toBe(403);
        expect((await t.store.accounts.get(theirs.id))?.active).toBe(true);
        expect((await bodyAdmin.get('/admin/users')).body).not.toContain('other.editor@example.org');
      });

      it('deactivating ends their sessions at once, and the login then refuses them', async () => {
        const leaver = await addAccount(t.store, { email: 'leaver@example.org', role: 'editor', bodies: [area.id] });
        const theirBrowser = await new AdminClient(t.app).login('leaver@example.org');
        expect((await theirBrowser.get('/admin')).statusCode).toBe(200);
        const res = await bodyAdmin.post(`/admin/users/${leaver.id}/active`, { active: '0' }, `/admin/users/${leaver.id}`);
        expect(res.statusCode).toBe(303);
        expect(await t.store.sessions.countForAccount(leaver.id)).toBe(0);
        expect((await theirBrowser.get('/admin')).statusCode).toBe(303);
        const again = await new AdminClient(t.app).post('/admin/login', { email: 'leaver@example.org', password: TEST_PASSWORD });
        expect(again.statusCode).toBe(403);
      });

      it('changes role and bodies, and refuses an edit made from a stale page', async () => {
        const person = await addAccount(t.store, { email: 'mover@example.org', role: 'editor', bodies: [area.id] });
        const page = await bodyAdmin.get(`/admin/users/${person.id}`);
        const updatedAt = /name="updatedAt" value="([^"]+)"/.exec(page.body)![1]!;
        const saved = await bodyAdmin.post(
          `/admin/users/${person.id}`,
          { updatedAt, name: 'Mo', role: 'observer', bodies: [String(region.id)] },
          `/admin/users/${person.id}`,
        );
        expect(saved.statusCode).toBe(303);
        expect(await t.store.accounts.get(person.id)).toMatchObject({ name: 'Mo', role: 'observer', serviceBodyIds: [region.id] });
        const stale = await bodyAdmin.post(
          `/admin/users/${person.id}`,
          { updatedAt: '2000-01-01T00:00:00.000Z', name: 'Late', role: 'editor', bodies: [String(area.id)] },
          `/admin/users/${person.id}`,
        );
        expect(stale.statusCode).toBe(409);
        expect((await t.store.accounts.get(person.id))?.name).toBe('Mo');
      });
    });

    describe('my account', () => {
      it('refuses a wrong current password beside the field, then changes it and ends other sessions', async () => {
        await addAccount(t.store, { email: 'self@example.org', role: 'observer', bodies: [area.id] });
        const here = await new AdminClient(t.app).login('self@example.org');
        const elsewhere = await new AdminClient(t.app).login('self@example.org');
        const wrong = await here.post(
          '/admin/account/password',
          { current: 'not my password!', next: 'a brand new password', confirm: 'a brand new password' },
          '/admin/account',
        );
        expect(wrong.statusCode).toBe(400);
        expect(fieldError(wrong.body, 'current')).toMatch(/not your current password/);
        const done = await here.post(
          '/admin/account/password',
          { current: TEST_PASSWORD, next: 'a brand new password', confirm: 'a brand new password' },
          '/admin/account',
        );
        expect(done.statusCode).toBe(303);
        expect((await here.get('/admin/account')).statusCode).toBe(200);
        expect((await elsewhere.get('/admin/account')).statusCode).toBe(303);
        await new AdminClient(t.app).login('self@example.org', 'a brand new password');
      });
    });

    describe('service bodies', () => {
      it('re-renders a body without a name with the error beside it, the input kept', async () => {
        const res = await bodyAdmin.post(
          '/admin/service-bodies',
          { name: '', type: 'area', parentId: String(region.id), website: 'not a url' },
          '/admin/service-bodies/new',
        );
        expect(res.statusCode).toBe(400);
        expect(fieldError(res.body, 'name')).toMatch(/required/);
        expect(fieldError(res.body, 'website')).toBeDefined();
        expect(res.body).toContain('value="not a url"');
      });

      it('lets a body admin add a body in its tree but not at the top', async () => {
        const top = await bodyAdmin.post(
          '/admin/service-bodies',
          { name: 'Top Try', type: 'region', parentId: '' },
          '/admin/service-bodies/new',
        );
        expect(top.statusCode).toBe(400);
        expect(fieldError(top.body, 'parentId')).toMatch(/server admin/);
        const ok = await bodyAdmin.post(
          '/admin/service-bodies',
          { name: 'New Group', type: 'group', parentId: String(area.id) },
          '/admin/service-bodies/new',
        );
        expect(ok.statusCode).toBe(303);
        expect((await t.store.serviceBodies.list()).find((b) => b.name === 'New Group')?.parentId).toBe(area.id);
      });

      it('refuses to delete a body with meetings, saying so', async () => {
        const res = await admin.post(`/admin/service-bodies/${area.id}/delete`, {}, `/admin/service-bodies/${area.id}`);
        expect(res.statusCode).toBe(409);
        expect(res.body).toContain('This body has meetings');
        expect(await t.store.serviceBodies.get(area.id)).toBeDefined();
      });
    });

    describe('formats and programs', () => {
      it('re-renders a bad format with errors beside the fields, and keeps an edited format its number', async () => {
        const bad = await admin.post('/admin/formats', { code: 'has space', type: 'meeting_style', nameEn: '' }, '/admin/formats/new');
        expect(bad.statusCode).toBe(400);
        expect(fieldError(bad.body, 'code')).toBeDefined();
        expect(fieldError(bad.body, 'nameEn')).toMatch(/required/);
        expect(bad.body).toContain('value="has space"');
        const made = await admin.post('/admin/formats', { code: 'GARDEN', type: 'location', nameEn: 'Garden' }, '/admin/formats/new');
        expect(made.statusCode).toBe(303);
        const format = (await t.store.reference.formats()).find((f) => f.code === 'GARDEN')!;
        const edited = await admin.post(
          '/admin/formats/GARDEN',
          { type: 'location', nameEn: 'Garden meeting', code: 'X', id: '1' },
          '/admin/formats/GARDEN',
        );
        expect(edited.statusCode).toBe(303);
        const after = (await t.store.reference.formats()).find((f) => f.code === 'GARDEN')!;
        expect(after).toMatchObject({ id: format.id, code: 'GARDEN', text: { en: { name: 'Garden meeting' } } });
      });

      it('re-renders a bad program, and refuses formats to a body admin', async () => {
        const bad = await admin.post('/admin/programs', { code: '', name: 'Nameless', categories: ['nonsense'] }, '/admin/programs/new');
        expect(bad.statusCode).toBe(400);
        expect(fieldError(bad.body, 'code')).toMatch(/required/);
        expect(fieldError(bad.body, 'categories')).toBeDefined();
        expect(bad.body).toContain('value="Nameless"');
        expect((await bodyAdmin.get('/admin/formats')).statusCode).toBe(403);
      });
    });

    describe('API tokens', () => {
      it('shows a new token once, keeps only its hash, and revokes it', async () => {
        const made = await bodyAdmin.post('/admin/tokens', { name: 'nightly' }, '/admin/tokens');
        expect(made.statusCode).toBe(303);
        const page = await bodyAdmin.get('/admin/tokens');
        const secret = /id="new-token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="new-token"/.exec(page.body);
        const token = secret?.[1] ?? secret?.[2];
        expect(token).toMatch(/^orat_/);
        expect((await bodyAdmin.get('/admin/tokens')).body).not.toContain(token!);
        const api = await t.app.inject({ url: '/api/v1/admin/meetings', headers: { authorization: `Bearer ${token!}` } });
        expect(api.statusCode).toBe(200);
        const id = (await t.store.tokens.list()).find((tk) => tk.name === 'nightly')!.id;
        expect((await admin.get('/admin/tokens')).body).toContain('region@example.org');
        const revoked = await bodyAdmin.post(`/admin/tokens/${id}/revoke`, {}, '/admin/tokens');
        expect(revoked.statusCode).toBe(303);
        expect((await t.app.inject({ url: '/api/v1/admin/meetings', headers: { authorization: `Bearer ${token!}` } })).statusCode).toBe(
          401,
        );
      });

      it("refuses to revoke someone else's token unless a server admin", async () => {
        const owner = await t.store.accounts.byEmail('root@example.org');
        const { token } = await t.store.tokens.create(owner!.id, 'root script');
        expect((await bodyAdmin.post(`/admin/tokens/${token.id}/revoke`, {}, '/admin/tokens')).statusCode).toBe(403);
        expect((await t.store.tokens.get(token.id))?.revokedAt).toBeNull();
      });

      it('refuses an empty name beside the field', async () => {
        const res = await bodyAdmin.post('/admin/tokens', { name: ' ' }, '/admin/tokens');
        expect(res.statusCode).toBe(400);
        expect(fieldError(res.body, 'name')).toMatch(/name/);
      });
    });
  });
}

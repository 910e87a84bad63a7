import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { addAccount } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`the admin REST API with bearer tokens (${engine.name})`, () => {
    let t: TestSite;
    let area: ServiceBody;
    let other: ServiceBody;
    let editorToken: string;
    let editorId: number;

    beforeAll(async () => {
      t = await initSite(engine);
      area = await t.store.serviceBodies.create({ name: 'API Area', type: 'area' }, 'test');
      other = await t.store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
      const editor = await addAccount(t.store, { email: 'editor@example.org', role: 'editor', bodies: [area.id] });
      editorId = editor.id;
      editorToken = (await t.store.tokens.create(editor.id, 'script')).secret;
    }, 60_000);
    afterAll(() => t.dispose());

    function call(
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      token: string | null,
      payload?: unknown,
      headers: Record<string, string> = {},
    ) {
      return t.app.inject({
        method,
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      });
    }

    it('refuses a request with no token, or an unknown one, with 401 JSON and no cookie', async () => {
      for (const token of [null, 'orat_not-a-token']) {
        const res = await call('GET', '/api/v1/admin/meetings', token);
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized' });
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it("creates, reads, edits and deletes a meeting of the token's body, with private fields and no-store", async () => {
      const input = { ...meetingInput({ name: 'API Made', serviceBodyId: area.id, published: false }), adminNotes: 'key under the mat' };
      const made = await call('POST', '/api/v1/admin/meetings', editorToken, input);
      expect(made.statusCode).toBe(201);
      const meeting = made.json<Meeting>();
      expect(meeting.adminNotes).toBe('key under the mat');

      const list = await call('GET', '/api/v1/admin/meetings', editorToken);
      expect(list.statusCode).toBe(200);
      expect(list.headers['cache-control']).toBe('no-store');
      expect(list.json<{ meetings: Meeting[] }>().meetings.map((m) => m.name)).toContain('API Made');

      const edited = await call(
        'PUT',
        `/api/v1/admin/meetings/${meeting.id}`,
        editorToken,
        { ...input, name: 'API Edited' },
        { 'if-match': `"${meeting.updatedAt}"` },
      );
      expect(edited.statusCode).toBe(200);
      expect(edited.json<Meeting>().name).toBe('API Edited');
      expect((await t.store.meetings.get(meeting.id))?.name).toBe('API Edited');

      const gone = await call('DELETE', `/api/v1/admin/meetings/${meeting.id}`, editorToken);
      expect(gone.statusCode).toBe(204);
      expect(await t.store.meetings.get(meeting.id)).toBeUndefined();
    });

    it('refuses a stale PUT with 409 and the meeting as it is now, and changes nothing', async () => {
      const meeting = await t.store.meetings.create(meetingInput({ name: 'Stale Test', serviceBodyId: area.id }), 'test');
      await new Promise((resolve) => setTimeout(resolve, 5));
      const now = await t.store.meetings.update(
        meeting.id,
        { ...meetingInput({ name: 'Saved First', serviceBodyId: area.id }) },
        'someone',
      );
      const res = await call('PUT', `/api/v1/admin/meetings/${meeting.id}`, editorToken, {
        ...meetingInput({ name: 'Overwrite', serviceBodyId: area.id }),
        updatedAt: meeting.updatedAt,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'stale_edit', current: { name: 'Saved First', updatedAt: now!.updatedAt } });
      expect((await t.store.meetings.get(meeting.id))?.name).toBe('Saved First');
    });

    it('refuses a bad field with 400 naming it, and writes nothing', async () => {
      const before = await t.store.meetings.count();
      const res = await call('POST', '/api/v1/admin/meetings', editorToken, {
        ...meetingInput({ serviceBodyId: area.id }),
        schedule: { ...meetingInput().schedule, startTime: '25:99' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ parameter: 'schedule.startTime' });
      expect(await t.store.meetings.count()).toBe(before);
    });

    it('refuses with 403 a meeting of another body, to read or to write', async () => {
      const theirs = await t.store.meetings.create(meetingInput({ name: 'Not Yours', serviceBodyId: other.id }), 'test');
      expect((await call('GET', `/api/v1/admin/meetings/${theirs.id}`, editorToken)).statusCode).toBe(403);
      expect((await call('DELETE', `/api/v1/admin/meetings/${theirs.id}`, editorToken)).statusCode).toBe(403);
      const moved = await call('POST', '/api/v1/admin/meetings', editorToken, meetingInput({ serviceBodyId: other.id }));
      expect(moved.statusCode).toBe(403);
      expect(await t.store.meetings.get(theirs.id)).toBeDefined();
    });

    it('lists service bodies with what the token manages, and the changes it may see', async () => {
      const bodies = await call('GET', '/api/v1/admin/service-bodies', editorToken);
      expect(bodies.statusCode).toBe(200);
      const names = bodies.json<{ serviceBodies: { name: string; manages: boolean }[] }>().serviceBodies.map((b) => b.name);
      expect(names).toEqual(expect.arrayContaining(['API Area', 'Other Area']));
      const changes = await call('GET', '/api/v1/admin/changes?since=0&limit=1000', editorToken);
      expect(changes.statusCode).toBe(200);
      const seen = changes.json<{ changes: { entityType: string; after: { name?: string } | null }[] }>().changes;
      expect(seen.some((c) => c.after?.name === 'Saved First')).toBe(true);
      expect(seen.some((c) => c.after?.name === 'Not Yours')).toBe(false);
      expect((await call('GET', '/api/v1/admin/changes?limit=5000', editorToken)).json()).toMatchObject({ parameter: 'limit' });
    });

    it('refuses a revoked token, and the token of a deactivated account', async () => {
      const { token, secret } = await t.store.tokens.create(editorId, 'to revoke');
      expect((await call('GET', '/api/v1/admin/meetings', secret)).statusCode).toBe(200);
      expect(await t.store.tokens.revoke(token.id)).toBe(true);
      expect((await call('GET', '/api/v1/admin/meetings', secret)).statusCode).toBe(401);

      const leaver = await addAccount(t.store, { email: 'leaver@example.org', role: 'editor', bodies: [area.id] });
      const theirs = (await t.store.tokens.create(leaver.id, 'old script')).secret;
      expect((await call('GET', '/api/v1/admin/meetings', theirs)).statusCode).toBe(200);
      await t.store.accounts.setActive('leaver@example.org', false);
      expect((await call('GET', '/api/v1/admin/meetings', theirs)).statusCode).toBe(401);
    });

    it('keeps only a SHA-256 of a token, and notes its last use', async () => {
      const row = await t.store.db.selectFrom('api_tokens').selectAll().where('name', '=', 'script').executeTakeFirstOrThrow();
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toContain(editorToken);
      expect(row.last_used_at).not.toBeNull();
    });

    it('describes the admin endpoints in the OpenAPI document with the bearer scheme', async () => {
      const doc = (await t.app.inject('/api/v1/openapi.json')).json<{
        paths: Record<string, Record<string, { security?: unknown }>>;
        components: { securitySchemes: Record<string, { scheme: string }> };
      }>();
      for (const path of [
        '/api/v1/admin/meetings',
        '/api/v1/admin/meetings/{id}',
        '/api/v1/admin/service-bodies',
        '/api/v1/admin/changes',
      ]) {
        expect(doc.paths[path], path).toBeDefined();
      }
      expect(Object.keys(doc.paths['/api/v1/admin/meetings/{id}']!)).toEqual(expect.arrayContaining(['get', 'put', 'delete']));
      expect(doc.paths['/api/v1/admin/meetings']!['get']!.security).toEqual([{ bearerToken: [] }]);
      expect(doc.components.securitySchemes['bearerToken']!.scheme).toBe('bearer');
    });
  });
}

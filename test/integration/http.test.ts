import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`HTTP API on ${engine.name}`, () => {
    let t: TestSite;
    let realId: number;
    let hiddenId: number;

    beforeAll(async () => {
      t = await initSite(engine, { sample: { count: 400, seed: 7 }, meetings: [meetingInput(), meetingInput({ published: false })] });
      realId = t.meetings[0]!.id;
      hiddenId = t.meetings[1]!.id;
    });
    afterAll(() => t.dispose());

    it('answers the health check', async () => {
      const res = await t.app.inject('/healthz');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['access-control-allow-origin']).toBe('*');
    });

    it('compresses large answers for clients that accept it, brotli first, and leaves small ones as they are', async () => {
      const url = '/main_server/client_interface/json/?switcher=GetSearchResults&page_size=5000';
      const plain = await t.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toContain('accept-encoding');
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
      // The tag is the answer's, whatever its encoding: a client that has it is told nothing changed.
      expect(br.headers.etag).toBe(plain.headers.etag);
      const again = await t.app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } });
      expect(again.statusCode).toBe(304);
      const gzip = await t.app.inject({ url: '/api/v1/feeds/meeting-guide.json', headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.rawPayload).toString('utf8'))).toHaveLength(await t.store.meetings.count({ publishedOnly: true }));
      const small = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip, br' } });
      expect(small.headers['content-encoding']).toBeUndefined();
    });

    it('counts published meetings that meet for all 51 jurisdictions and says the data is sample', async () => {
      const res = await t.app.inject('/api/v1/stats');
      expect(res.statusCode).toBe(200);
      const body = res.json<{ meetings: number; sample: boolean; byState: Record<string, number> }>();
      expect(body.sample).toBe(true);
      expect(Object.keys(body.byState).sort()).toEqual(JURISDICTIONS.map((s) => s.code).sort());
      expect(Object.values(body.byState).every((n) => n > 0)).toBe(true);
      const sum = Object.values(body.byState).reduce((a, b) => a + b, 0);
      expect(sum).toBe(body.meetings);
      // The count a search without filters gives: temporarily closed meetings are left out of both.
      const listed = (await t.app.inject('/api/v1/meetings?limit=1')).json<{ total: number }>().total;
      expect(body.meetings).toBe(listed);
      const closed = (await t.app.inject('/api/v1/meetings?attendance=temporarily_closed&limit=1')).json<{ total: number }>().total;
      expect(body.meetings + closed).toBe(await t.store.meetings.count({ publishedOnly: true }));
    });

    it('serves one meeting by id or slug, without private fields', async () => {
      const byId = await t.app.inject(`/api/v1/meetings/${realId}`);
      expect(byId.statusCode).toBe(200);
      const meeting = byId.json<Record<string, unknown>>();
      expect(meeting).toMatchObject({ id: realId, name: 'Test Tuesday Night', formats: ['C', 'BT', 'WC'], attendance: 'in_person' });
      expect(meeting).not.toHaveProperty('contacts');
      expect(meeting).not.toHaveProperty('adminNotes');
      expect(byId.body).not.toContain('secretary@test.example');
      const bySlug = await t.app.inject(`/api/v1/meetings/${String(meeting.slug)}`);
      expect(bySlug.json()).toEqual(meeting);
    });

    it('answers 404 in JSON for a missing or unpublished meeting', async () => {
      for (const id of ['987654', String(hiddenId), 'no-such-meeting']) {
        const res = await t.app.inject(`/api/v1/meetings/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/application\/json/);
        expect(res.json()).toMatchObject({ error: 'not_found' });
      }
      const unknown = await t.app.inject('/no/such/page');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: 'not_found' });
    });

    it('answers 400 naming the parameter for a malformed id', async () => {
      for (const id of ['Not%20A%20Slug', '-1', 'a--b', 'x'.repeat(150)]) {
        const res = await t.app.inject(`/api/v1/meetings/${id}`);
        expect(res.statusCode, id).toBe(400);
        expect(res.json(), id).toMatchObject({ error: 'invalid_parameter', parameter: 'id' });
        expect(res.json<{ message: string }>().message).toMatch(/id must be a meeting id/);
      }
    });
  });
}

import { gunzipSync, gzipSync } from 'node:zlib';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleClientSync, CLIENT_ENTRIES, readClientBundles, type ClientBundles } from '../../src/web/client-bundles.js';
import { ClientScript } from '../../src/web/components/client-script.js';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/** The design's budget: a page's JavaScript under 30 KB gzipped; the map's Leaflet chunk is apart. */
const PAGE_BUDGET = 30 * 1024;
/** Not a design budget: a tripwire for the Leaflet chunk swallowing something it should not. */
const MAP_CHUNK_TRIPWIRE = 90 * 1024;

describe('client bundles and /my-meetings', () => {
  let t: TestSite;
  let bundles: ClientBundles;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), {
      meetings: [
        meetingInput(),
        meetingInput({
          name: 'Test Friday Noon',
          schedule: { weekday: 5, startTime: '12:00', durationMinutes: 60, timeZone: 'America/New_York' },
        }),
      ],
    });
    ids.push(...t.meetings.map((m) => m.id));
    // Global setup ran `node dist/web/bundle-client.js`, as `npm run build` does.
    const built = readClientBundles();
    if (built === null) throw new Error('test/global-setup.ts did not write dist/web/bundles');
    bundles = built;
  });
  afterAll(() => t.dispose());

  it('serves every bundled file as JavaScript, cached for a year, gzipped to those who accept it', async () => {
    expect(bundles.manifest.files.length).toBeGreaterThanOrEqual(CLIENT_ENTRIES.length + 1);
    for (const file of bundles.manifest.files) {
      const plain = await t.app.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': 'identity' } });
      expect(plain.statusCode, file).toBe(200);
      expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['set-cookie']).toBeUndefined();
      expect(plain.rawPayload.equals(bundles.files.get(file)!.contents)).toBe(true);

      const zipped = await t.app.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('accept-encoding');
      expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
    expect((await t.app.inject('/assets/near-me.NOTAHASH.js')).statusCode).toBe(404);
  });

  it('keeps each page under 30 KB of gzipped JavaScript: one file per island, Leaflet only in the map chunk', () => {
    for (const name of CLIENT_ENTRIES) {
      const file = bundles.manifest.entries[name];
      const code = bundles.files.get(file)!.contents.toString('utf8');
      // A page loads exactly its island: no static import of another chunk adds to its weight.
      expect(code, name).not.toMatch(/\bimport\s*(?:[\w{}*,\s]+from\s*)?["']/);
      expect(code, name).not.toContain('leaflet');
      expect(gzipSync(code, { level: 9 }).length, name).toBeLessThan(PAGE_BUDGET);
    }
    const mapCode = bundles.files.get(bundles.manifest.entries.map)!.contents.toString('utf8');
    const chunk = /import\("\.\/(map-view\.[\w-]+\.js)"\)/.exec(mapCode)?.[1];
    expect(chunk).toBeDefined();
    expect(bundles.manifest.files).toContain(chunk);
    const mapView = bundles.files.get(chunk!)!.contents.toString('utf8');
    expect(mapView).toContain('leaflet-marker-icon');
    expect(gzipSync(mapView, { level: 9 }).length).toBeLessThan(MAP_CHUNK_TRIPWIRE);
  });

  it('renders ClientScript with the hashed path the server serves', async () => {
    for (const name of CLIENT_ENTRIES) {
      const html = renderToString(h(ClientScript, { name }));
      const src = /^<script type="module" src="(\/assets\/[\w.-]+\.js)" defer(?:="")?><\/script>$/.exec(html)?.[1];
      expect(src, html).toBe(`/assets/${bundles.manifest.entries[name]}`);
      expect((await t.app.inject(src!)).statusCode).toBe(200);
    }
  });

  it('bundles the same files in memory when a server starts without built bundles', () => {
    const fresh = bundleClientSync();
    expect(fresh.manifest).toEqual(bundles.manifest);
  });

  it('renders /my-meetings as a shell that explains itself without JavaScript', async () => {
    const res = await t.app.inject({ url: '/my-meetings', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toContain('<h1>My meetings</h1>');
    expect(res.body).toMatch(/<noscript>[\s\S]*Saved meetings live in your browser and need JavaScript[\s\S]*<\/noscript>/);
    expect(res.body).toContain('data-saved-list');
    expect(res.body).toContain('data-saved-status');
    expect(res.body).toContain(`src="/assets/${bundles.manifest.entries.saved}"`);
    expect(res.body).toContain('href="/my-meetings"');
  });

  it('answers the one request the saved list makes: the saved ids, with their next times', async () => {
    const res = await t.app.inject(`/api/v1/meetings?ids=${ids.join(',')},999999&limit=200&tz=America/Chicago`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      meetings: { id: number; slug: string; nextStart: string | null; localStart: { viewer: { timeZone: string } } | null }[];
    }>();
    expect(body.meetings.map((m) => m.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    for (const meeting of body.meetings) {
      expect(meeting.nextStart).not.toBeNull();
      expect(meeting.localStart?.viewer.timeZone).toBe('America/Chicago');
    }
  });
});

import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { runImport } from '../../src/interop/import/run-import.js';
import type { ImportReport } from '../../src/interop/import/report.js';
import { engines } from '../support/engines.js';
import { initSite, type TestSite } from '../support/harness.js';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

interface Answer {
  meetings: { id: number; slug: string; distance?: number }[];
  total: number;
}

describe.each(engines())('feeds from abroad and online meetings by town, imported ($name)', (engine) => {
  let t: TestSite;
  const reports: Record<string, ImportReport> = {};

  beforeAll(async () => {
    t = await initSite(engine, {
      setup: async (store) => {
        reports.germany = await runImport(store, { kind: 'bmlt', location: fixture('bmlt/germany.json'), source: 'beispiel-gebiet' });
        reports.canada = await runImport(store, {
          kind: 'meeting-guide',
          location: fixture('meeting-guide/canada.json'),
          source: 'sample-canada',
        });
        reports.towns = await runImport(store, {
          kind: 'meeting-guide',
          location: fixture('meeting-guide/online-towns.json'),
          source: 'sample-towns',
        });
      },
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function search(params: Record<string, string>): Promise<Answer> {
    const res = await t.app.inject({ url: '/api/v1/meetings', query: params });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Answer>();
  }

  async function bySource(source: string): Promise<Meeting[]> {
    const all = await Promise.all((await search({ limit: '100' })).meetings.map((m) => t.store.meetings.get(m.id)));
    return all.filter((m): m is Meeting => m?.provenance.source === source);
  }

  it('imports the Canadian feed with no time zones whole, each meeting in its own zone', async () => {
    expect(reports.canada).toMatchObject({ added: 8, skipped: [] });
    expect(await bySource('sample-canada')).toHaveLength(8);
    const zones = Object.fromEntries((await bySource('sample-canada')).map((m) => [m.name, m.schedule.timeZone]));
    expect(zones).toMatchObject({
      'Sample Whyte Avenue Group': 'America/Edmonton',
      'Sample Robson Group': 'America/Vancouver',
      'Sample Harbourfront Hybrid': 'America/Toronto',
      'Sample Anywhere Online': 'America/Edmonton',
    });
    const strathcona = (await bySource('sample-canada')).find((m) => m.name === 'Sample Strathcona Group');
    expect(strathcona?.venue).toMatchObject({ city: 'Edmonton', state: 'AB', postalCode: 'T6E 4E8', country: 'CA' });
  });

  it('stores the German area as DE in Europe/Berlin, virtual meetings included, and none of them near California', async () => {
    expect(reports.germany).toMatchObject({ added: 7 });
    expect(reports.germany?.skipped.map((s) => s.externalId)).toEqual(['508']);
    const fresno = await search({ near: 'Fresno, CA', radius: '200' });
    const near = await Promise.all(fresno.meetings.map((m) => t.store.meetings.get(m.id)));
    expect(near.filter((m) => m?.provenance.source === 'beispiel-gebiet')).toEqual([]);
    const german = await bySource('beispiel-gebiet');
    expect(german).toHaveLength(7);
    for (const meeting of german) {
      expect(meeting.venue.country, meeting.name).toBe('DE');
      expect(meeting.schedule.timeZone, meeting.name).toBe('Europe/Berlin');
    }
  });

  it('finds an online meeting that names only its town with a near search of that town', async () => {
    expect(reports.towns).toMatchObject({ added: 3, skipped: [] });
    const online = (await bySource('sample-towns')).find((m) => m.name === 'Sample Hatboro Online');
    expect(online?.venue).toMatchObject({ city: 'Hatboro', state: 'PA', approximate: true });
    const hatboro = await search({ near: 'Hatboro, PA' });
    expect(hatboro.meetings.map((m) => m.id)).toContain(online!.id);
    const doylestown = (await bySource('sample-towns')).find((m) => m.name === 'Sample Doylestown Online');
    expect((await search({ near: '18901' })).meetings.map((m) => m.id)).toContain(doylestown!.id);
  });

  it("says on the meeting page that an online meeting's position is approximate", async () => {
    const online = (await bySource('sample-towns')).find((m) => m.name === 'Sample Hatboro Online')!;
    const page = await t.app.inject({ url: `/meetings/${online.slug}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This online meeting is based in Hatboro, PA. Its position on the map is approximate');
    const hall = (await bySource('sample-towns')).find((m) => m.name === 'Sample Hatboro Hall')!;
    const hallPage = await t.app.inject({ url: `/meetings/${hall.slug}`, headers: { accept: 'text/html' } });
    expect(hallPage.body).toContain('The map position is approximate');
    expect(hallPage.body).toContain('979 West County Line Road, Hatboro, PA 19040');
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { buildApp } from '../../src/http/app.js';
import { SearchService } from '../../src/search/service.js';
import { engines, type TestStore } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';

const HTML = { accept: 'text/html' };
/** Monday 9 March 2026, 20:00 in Portland (PDT): far from the real clock, so a page reading its own would show. */
const NOW = Date.UTC(2026, 2, 10, 3, 0);

const sqlite = engines().find((e) => e.name === 'sqlite')!;

describe('pages, API and stats read one clock and one count', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let search: SearchService;
  let tuesday: { id: number; slug: string };

  beforeAll(async () => {
    t = await sqlite.fresh();
    tuesday = await t.store.meetings.create(meetingInput(), 'test');
    await t.store.meetings.create(
      meetingInput({
        name: 'San Juan Noon',
        slug: 'san-juan-noon',
        schedule: { weekday: 3, startTime: '12:00', durationMinutes: 60, timeZone: 'America/Puerto_Rico' },
        venue: {
          ...meetingInput().venue,
          city: 'San Juan',
          county: null,
          state: 'PR',
          postalCode: '00901',
          latitude: 18.466,
          longitude: -66.106,
          regions: [],
        },
      }),
      'test',
    );
    search = await SearchService.start(t.store, { pollMs: 0, clock: () => NOW });
    app = await buildApp({ store: t.store, search });
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await t.dispose();
  });

  it('gives a meeting the same next start on its page as in the API, under a fixed clock', async () => {
    const api = await app.inject('/api/v1/meetings?near=97201&limit=1');
    const [found] = api.json<{ meetings: { slug: string; nextStart: string }[] }>().meetings;
    expect(found).toMatchObject({ slug: tuesday.slug, nextStart: '2026-03-10T19:30:00-07:00' });
    const page = await app.inject({ url: `/meetings/${tuesday.slug}`, headers: HTML });
    expect(page.statusCode).toBe(200);
    expect(/"startDate":"([^"]+)"/.exec(page.body)?.[1]).toBe(found!.nextStart);
    expect(search.meeting(String(tuesday.id))?.occurrence).toMatchObject({ start: Date.parse(found!.nextStart), inProgress: false });
  });

  it('counts every jurisdiction and a territory with meetings, the same on the stats API and the pages', async () => {
    const stats = (await app.inject('/api/v1/stats')).json<{ meetings: number; sample: boolean; byState: Record<string, number> }>();
    expect(stats).toMatchObject({ meetings: 2, sample: false });
    expect(Object.keys(stats.byState)).toEqual([...JURISDICTIONS.map((s) => s.code), 'PR']);
    expect(stats.byState).toMatchObject({ OR: 1, PR: 1, WA: 0 });
    expect((await app.inject({ url: '/states/or', headers: HTML })).body).toContain('NA meetings in Oregon: 1 meeting');
  });

  it('gives a territory neither a page nor a printed list, in any case', async () => {
    for (const url of ['/states/pr', '/states/pr/print', '/states/PR/print', '/states/pr/san-juan/print']) {
      const res = await app.inject({ url, headers: HTML });
      expect(res.statusCode, url).toBe(404);
    }
    expect((await app.inject({ url: '/states/OR/print', headers: HTML })).statusCode).toBe(200);
  });
});

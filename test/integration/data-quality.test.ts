import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';
import { signedIn, type AdminClient } from '../support/admin.js';

const NOW = Date.parse('2026-12-02T12:00:00Z');

/** The items of one section of the page: the meeting ids its links name. */
function linked(html: string, problem: string): number[] {
  const list = new RegExp(`<ul class="quality-list" data-problem="${problem}">([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li>\s*<a href="\/admin\/meetings\/(\d+)"/g)].map((m) => Number(m[1]));
}

describe.each(engines())('the data-quality page ($name)', (engine) => {
  let t: TestSite;
  let storeNow = Date.parse('2025-06-01T00:00:00Z');
  const m: Record<string, Meeting> = {};
  let areaAdmin: AdminClient;
  let otherEditor: AdminClient;

  beforeAll(async () => {
    t = await initSite(engine, {
      storeClock: () => new Date(storeNow),
      clock: () => NOW,
      setup: async (store) => {
        const area = await store.serviceBodies.create({ name: 'Quality Area', type: 'area' }, 'test');
        const other = await store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
        const base = meetingInput({ serviceBodyId: area.id });
        const add = async (key: string, input: ReturnType<typeof meetingInput>) => {
          m[key] = await store.meetings.create(input, 'test');
        };
        // Written a year and a half before NOW.
        await add('stale', meetingInput({ serviceBodyId: area.id, name: 'Stale', schedule: { ...base.schedule, weekday: 0 } }));
        storeNow = Date.parse('2026-11-20T00:00:00Z');
        await add('good', meetingInput({ serviceBodyId: area.id, name: 'Good', schedule: { ...base.schedule, weekday: 1 } }));
        await add(
          'noCoordinates',
          meetingInput({
            serviceBodyId: area.id,
            name: 'Unplaced',
            schedule: { ...base.schedule, weekday: 3 },
            venue: { ...base.venue, latitude: null, longitude: null },
          }),
        );
        await add(
          'approximate',
          meetingInput({
            serviceBodyId: area.id,
            name: 'Roughly',
            schedule: { ...base.schedule, weekday: 4 },
            venue: { ...base.venue, approximate: true },
          }),
        );
        await add(
          'noTimeZone',
          meetingInput({ serviceBodyId: area.id, name: 'Zoneless', schedule: { ...base.schedule, weekday: 5, timeZone: 'UTC' } }),
        );
        await add(
          'noAddress',
          meetingInput({
            serviceBodyId: area.id,
            name: 'Streetless',
            schedule: { ...base.schedule, weekday: 6 },
            venue: { ...base.venue, street: null },
          }),
        );
        const online = onlineMeetingInput({ serviceBodyId: area.id, name: 'Unreachable' });
        await add('noOnlineAccess', {
          ...online,
          attendance: 'hybrid',
          schedule: { ...base.schedule, weekday: 0, startTime: '12:00' },
          venue: { ...base.venue, street: '5 Hybrid Way', latitude: 45.6, longitude: -122.6 },
          online: { ...online.online, conferenceUrl: 'https://meet.quality.example/j/1' },
        });
        // Two of one group, by hand and from a feed: same hall, Tuesday 19:30.
        await add('dupA', meetingInput({ serviceBodyId: area.id, name: 'Tuesday Hall' }));
        await add(
          'dupB',
          meetingInput({
            serviceBodyId: area.id,
            name: 'Tuesday Hall (feed)',
            provenance: { source: 'area-feed', externalId: '7' },
            published: false,
          }),
        );
        await add(
          'brokenLink',
          meetingInput({
            serviceBodyId: area.id,
            name: 'Dead site',
            website: 'https://gone.quality.example/',
            schedule: { ...base.schedule, weekday: 1, startTime: '07:00' },
          }),
        );
        await add(
          'elsewhere',
          meetingInput({ serviceBodyId: other.id, name: 'Elsewhere Zoneless', schedule: { ...base.schedule, timeZone: 'UTC' } }),
        );
        await store.linkChecks.record({
          url: 'https://gone.quality.example/',
          status: 410,
          error: null,
          checkedAt: '2026-11-30T00:00:00.000Z',
        });
        await store.linkChecks.record({
          url: 'https://meet.quality.example/j/1',
          status: 200,
          error: null,
          checkedAt: '2026-11-30T00:00:00.000Z',
        });
        // Validation refuses a hybrid meeting without a way in now; older rows may still have none.
        await store.db
          .updateTable('meetings')
          .set({ conference_url: null, conference_phone: null })
          .where('id', '=', m['noOnlineAccess']!.id)
          .execute();
      },
    });
    const [area, other] = await Promise.all([t.store.serviceBodies.list()]).then(([bodies]) => [
      bodies.find((b) => b.name === 'Quality Area')!,
      bodies.find((b) => b.name === 'Other Area')!,
    ]);
    areaAdmin = await signedIn(t.app, t.store, { email: 'quality-admin@test.example', role: 'body-admin', bodies: [area!.id] });
    otherEditor = await signedIn(t.app, t.store, { email: 'other-editor@test.example', role: 'editor', bodies: [other!.id] });
  });

  afterAll(() => t.dispose());

  it('lists each kind of problem, each meeting linking to its edit page', async () => {
    const res = await areaAdmin.get('/admin/quality');
    expect(res.statusCode).toBe(200);
    expect(linked(res.body, 'stale')).toEqual([m['stale']!.id]);
    expect(linked(res.body, 'noCoordinates')).toEqual([m['noCoordinates']!.id]);
    expect(linked(res.body, 'approximate')).toEqual([m['approximate']!.id]);
    expect(linked(res.body, 'noTimeZone')).toEqual([m['noTimeZone']!.id]);
    expect(linked(res.body, 'noOnlineAccess')).toEqual([m['noOnlineAccess']!.id]);
    expect(linked(res.body, 'noAddress')).toEqual([m['noAddress']!.id]);
    // The first of the pair, then the other after "same place, day and time as".
    expect(linked(res.body, 'duplicate')).toEqual([m['dupA']!.id]);
    expect(res.body).toContain(
      `same place, day and time as <a href="/admin/meetings/${m['dupB']!.id}">Tuesday Hall (feed)</a> (from area-feed)`,
    );
    expect(linked(res.body, 'brokenLink')).toEqual([m['brokenLink']!.id]);
    expect(res.body).toContain('https://gone.quality.example/');
    expect(res.body).toContain('answered HTTP 410');
    expect(res.body).not.toContain(`/admin/meetings/${m['good']!.id}"`);
    // Another body's meeting is not in this admin's reach.
    expect(res.body).not.toContain('Elsewhere Zoneless');
  });

  it('counts the problems per service body', async () => {
    const res = await areaAdmin.get('/admin/quality');
    const row = /<tr><th scope="row">Quality Area<\/th>((?:<td>\d+<\/td>)+)<\/tr>/.exec(res.body)?.[1];
    expect(row).toBeDefined();
    const counts = [...row!.matchAll(/<td>(\d+)<\/td>/g)].map((c) => Number(c[1]));
    // stale, noCoordinates, approximate, noTimeZone, noOnlineAccess, noAddress, duplicate, brokenLink, total
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 8]);
  });

  it('shows another body its own meetings only', async () => {
    const res = await otherEditor.get('/admin/quality');
    expect(res.statusCode).toBe(200);
    expect(linked(res.body, 'noTimeZone')).toEqual([m['elsewhere']!.id]);
    expect(res.body).not.toContain('Tuesday Hall');
  });
});

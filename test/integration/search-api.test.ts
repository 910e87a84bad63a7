import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_PARAMETERS } from '../../src/domain/query-params.js';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/** Monday 24 November 2026, 18:00 in Portland (PST, UTC−8): a Monday evening in the US. */
const NOW = Date.UTC(2026, 10, 24, 2, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const TODAY_IN_PORTLAND = '2026-11-23';

interface LocalTime {
  iso: string;
  date: string;
  time: string;
  weekday: number;
  timeZone: string;
  abbreviation: string;
}

interface Result {
  id: number;
  slug: string;
  name: string;
  attendance: string;
  schedule: { weekday: number; startTime: string; durationMinutes: number; timeZone: string };
  venue: { city: string | null; state: string | null };
  distance?: number;
  nextStart: string | null;
  nextEnd: string | null;
  inProgress: boolean;
  localStart: { meeting: LocalTime; viewer: LocalTime } | null;
}

interface Answer {
  meetings: Result[];
  total: number;
  next: string | null;
}

interface ErrorBody {
  error: string;
  parameter?: string;
  message: string;
  suggestions?: string[];
}

/** "+05:30" / "-08:00" / "Z" at the end of an ISO 8601 string, in minutes east of UTC. */
function offsetMinutes(iso: string): number {
  const match = /(?:([+-])(\d{2}):(\d{2})|Z)$/.exec(iso);
  if (!match) throw new Error(`no offset in ${iso}`);
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The wall-clock reading of an ISO string with offset, as if it were UTC (ms). */
function wallClock(iso: string): number {
  return Date.parse(iso) + offsetMinutes(iso) * MINUTE;
}

/** An instant on a zone's wall clock, by Intl: an oracle independent of the code under test. */
function wallClockIn(zone: string, instant: number): { date: string; time: string; weekday: number; offset: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const offset = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(part('timeZoneName'));
  if (!offset) throw new Error(`unexpected offset name ${part('timeZoneName')}`);
  const minutes = offset[1] === undefined ? 0 : (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')),
    offset: minutes,
  };
}

function expectLocalTime(local: LocalTime, zone: string, instant: number): void {
  const oracle = wallClockIn(zone, instant);
  expect(local.timeZone).toBe(zone);
  expect(local.iso).toMatch(ISO_WITH_OFFSET);
  expect(Date.parse(local.iso)).toBe(instant);
  expect(offsetMinutes(local.iso), `${local.iso} in ${zone}`).toBe(oracle.offset);
  expect({ date: local.date, time: local.time, weekday: local.weekday }).toEqual({
    date: oracle.date,
    time: oracle.time,
    weekday: oracle.weekday,
  });
  expect(local.iso.slice(0, 16)).toBe(`${oracle.date}T${oracle.time}`);
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)$/;

/** Every key anywhere in a JSON value. */
function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      allKeys(inner, into);
    }
  }
  return into;
}

function url(path: string, params: Record<string, string | number>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query === '' ? path : `${path}?${query}`;
}

describe('search API (SQLite, 1500 sample meetings, fixed clock)', () => {
  let t: TestSite;

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), { sample: { count: 1500, seed: 11 }, clock: () => NOW });
  });
  afterAll(() => t.dispose());

  async function get(path: string, params: Record<string, string | number> = {}): Promise<LightMyRequestResponse> {
    return t.app.inject({ method: 'GET', url: url(path, params) });
  }

  async function ok(path: string, params: Record<string, string | number> = {}): Promise<Answer> {
    const res = await get(path, params);
    expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(200);
    return res.json<Answer>();
  }

  async function bad(path: string, params: Record<string, string | number> = {}): Promise<ErrorBody> {
    const res = await get(path, params);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<ErrorBody>();
    expect(typeof body.error).toBe('string');
    expect(typeof body.parameter).toBe('string');
    expect(typeof body.message).toBe('string');
    expect(body.message.length).toBeGreaterThan(0);
    return body;
  }

  describe('GET /api/v1/meetings?near=97201', () => {
    it('answers {meetings, total, next} with each meeting located and timed for the viewer', async () => {
      const res = await get('/api/v1/meetings', { near: '97201' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json<Answer>();
      expect(Object.keys(body).sort()).toEqual(['meetings', 'next', 'total']);
      expect(body.meetings.length).toBeGreaterThan(0);
      expect(body.meetings.length).toBeLessThanOrEqual(25);
      expect(body.total).toBeGreaterThanOrEqual(body.meetings.length);
      expect(body.next === null || typeof body.next === 'string').toBe(true);
      if (body.total > body.meetings.length) expect(typeof body.next).toBe('string');

      // Today first: in progress, then later today, then each later day of the viewer's; nearest first within each.
      let previous = { band: -Infinity, distance: -Infinity };
      const bands = new Set<number>();
      for (const m of body.meetings) {
        expect(Number.isInteger(m.id)).toBe(true);
        expect(m.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(m.name.length).toBeGreaterThan(0);
        expect(typeof m.distance).toBe('number');
        const distance = m.distance!;
        const band = m.inProgress ? 0 : 1 + (Date.parse(m.localStart!.viewer.date) - Date.parse(TODAY_IN_PORTLAND)) / DAY;
        expect(band).toBeGreaterThanOrEqual(previous.band);
        if (band === previous.band) expect(distance).toBeGreaterThanOrEqual(previous.distance);
        previous = { band, distance };
        bands.add(band);
        // The default radius of a ZIP is 10 miles.
        expect(distance).toBeLessThanOrEqual(10);
        expect(typeof m.inProgress).toBe('boolean');

        expect(m.nextStart).toMatch(ISO_WITH_OFFSET);
        const start = Date.parse(m.nextStart!);
        expect(Number.isNaN(start)).toBe(false);
        const end = Date.parse(m.nextEnd!);
        expect(end - start).toBe(m.schedule.durationMinutes * MINUTE);
        if (m.inProgress) {
          expect(start).toBeLessThanOrEqual(NOW);
          expect(end).toBeGreaterThan(NOW);
        } else {
          expect(start).toBeGreaterThanOrEqual(NOW);
          expect(start).toBeLessThan(NOW + 8 * 24 * 60 * MINUTE);
        }

        const local = m.localStart!;
        expectLocalTime(local.meeting, m.schedule.timeZone, start);
        expectLocalTime(local.viewer, 'America/Los_Angeles', start);
        expect(local.meeting.timeZone).toBe(m.schedule.timeZone);
        expect(local.meeting.iso).toBe(m.nextStart);
        expect(local.meeting.time).toBe(m.schedule.startTime);
        expect(local.meeting.weekday).toBe(m.schedule.weekday);
        // With no tz, the viewer is where the place is: Portland, Oregon.
        expect(local.viewer.timeZone).toBe('America/Los_Angeles');
        expect(Date.parse(local.viewer.iso)).toBe(start);
        expect(local.viewer.abbreviation).toBe('PST');
        expect(local.viewer.iso.endsWith('-08:00')).toBe(true);
      }
      // On a Monday evening a page holds several bands, so the order above had something to keep.
      expect(bands.size).toBeGreaterThan(1);
      const keys = allKeys(body);
      expect(keys.has('contacts')).toBe(false);
      expect(keys.has('adminNotes')).toBe(false);
    });

    it('renders the viewer times in tz, shifted by the offset between the two zones', async () => {
      // By distance: today first would rightly reorder them, as Honolulu's today is not Portland's.
      const plain = await ok('/api/v1/meetings', { near: '97201', sort: 'distance' });
      const body = await ok('/api/v1/meetings', { near: '97201', sort: 'distance', tz: 'Pacific/Honolulu' });
      expect(body.meetings.map((m) => m.id)).toEqual(plain.meetings.map((m) => m.id));
      for (const m of body.meetings) {
        const { meeting, viewer } = m.localStart!;
        expect(viewer.timeZone).toBe('Pacific/Honolulu');
        expect(viewer.abbreviation).toBe('HST');
        expect(viewer.iso).toMatch(ISO_WITH_OFFSET);
        expect(viewer.iso.endsWith('-10:00')).toBe(true);
        // The same instant…
        expect(Date.parse(viewer.iso)).toBe(Date.parse(meeting.iso));
        // …read two hours earlier on a Honolulu clock than on a Portland one in November.
        expect(offsetMinutes(meeting.iso)).toBe(-8 * 60);
        expect(wallClock(meeting.iso) - wallClock(viewer.iso)).toBe(2 * 60 * MINUTE);
        const shifted = new Date(wallClock(viewer.iso));
        expect(viewer.date).toBe(shifted.toISOString().slice(0, 10));
        expect(viewer.time).toBe(shifted.toISOString().slice(11, 16));
        expect(viewer.weekday).toBe(shifted.getUTCDay());
        expect(meeting.time).toBe(m.schedule.startTime);
        if (meeting.time >= '02:00') expect(viewer.date).toBe(meeting.date);
      }
    });

    it.each(['Pacific/Honolulu', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe', 'UTC'])(
      'renders viewer times in tz=%s for meetings in several zones',
      async (tz) => {
        const body = await ok('/api/v1/meetings', { near: 'Oregon', tz, limit: 200 });
        const zones = new Set(body.meetings.map((m) => m.schedule.timeZone));
        expect(zones.size).toBeGreaterThan(1);
        for (const m of body.meetings) {
          const { meeting, viewer } = m.localStart!;
          const instant = Date.parse(m.nextStart!);
          expectLocalTime(meeting, m.schedule.timeZone, instant);
          expectLocalTime(viewer, tz, instant);
          expect(wallClock(viewer.iso) - wallClock(meeting.iso)).toBe((offsetMinutes(viewer.iso) - offsetMinutes(meeting.iso)) * MINUTE);
        }
      },
    );

    it('gives distances in kilometres with unit=km, 1.609 times the miles', async () => {
      const miles = await ok('/api/v1/meetings', { near: '97201', nearest: 40 });
      const km = await ok('/api/v1/meetings', { near: '97201', nearest: 40, unit: 'km' });
      expect(km.meetings.map((m) => m.id)).toEqual(miles.meetings.map((m) => m.id));
      const byId = new Map(miles.meetings.map((m) => [m.id, m.distance!]));
      expect(km.meetings.some((m) => m.distance! > 1)).toBe(true);
      for (const m of km.meetings) {
        const mi = byId.get(m.id)!;
        // Both are rounded to two decimals.
        expect(Math.abs(m.distance! - mi * 1.609344), `${m.distance} km vs ${mi} mi`).toBeLessThanOrEqual(0.005 + 0.005 * 1.609344 + 1e-9);
      }
      // With the place's default radius, too: 10 miles, or 16.1 km.
      const plainMiles = await ok('/api/v1/meetings', { near: '97201', limit: 200 });
      const plainKm = await ok('/api/v1/meetings', { near: '97201', unit: 'km', limit: 200 });
      expect(plainKm.meetings.every((m) => m.distance! <= 16.1)).toBe(true);
      const plainById = new Map(plainMiles.meetings.map((m) => [m.id, m.distance!]));
      expect(plainKm.total).toBeGreaterThanOrEqual(plainMiles.total);
      for (const m of plainKm.meetings) {
        const mi = plainById.get(m.id);
        if (mi !== undefined) expect(Math.abs(m.distance! - mi * 1.609344)).toBeLessThanOrEqual(0.005 + 0.005 * 1.609344 + 1e-9);
      }
    });

    it('gives the same distances in kilometres with an explicit radius', async () => {
      const miles = await ok('/api/v1/meetings', { near: '97201', limit: 50 });
      const km = await ok('/api/v1/meetings', { near: '97201', unit: 'km', radius: 16.09344, limit: 50 });
      expect(km.meetings.map((m) => m.id)).toEqual(miles.meetings.map((m) => m.id));
      expect(km.total).toBe(miles.total);
      expect(miles.meetings.length).toBeGreaterThan(0);
      for (const [i, m] of km.meetings.entries()) {
        const mi = miles.meetings[i]!.distance!;
        // Both are rounded to two decimals.
        expect(Math.abs(m.distance! - mi * 1.609344)).toBeLessThanOrEqual(0.005 + 0.005 * 1.609344 + 1e-9);
      }
    });

    it('orders a place today first unless asked for distance', async () => {
      const ids = (answer: Answer): number[] => answer.meetings.map((m) => m.id);
      const usual = await ok('/api/v1/meetings', { near: '97201', limit: 50 });
      expect(ids(await ok('/api/v1/meetings', { near: '97201', limit: 50, sort: 'today' }))).toEqual(ids(usual));
      const nearest = await ok('/api/v1/meetings', { near: '97201', limit: 50, sort: 'distance' });
      expect(ids(nearest)).not.toEqual(ids(usual));
      const distances = nearest.meetings.map((m) => m.distance!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });

    it('answers exactly the N nearest with nearest=N', async () => {
      const body = await ok('/api/v1/meetings', { near: '97201', nearest: 5, sort: 'distance' });
      expect(body.meetings).toHaveLength(5);
      expect(body.total).toBe(5);
      expect(body.next).toBeNull();
      const distances = body.meetings.map((m) => m.distance!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      // They are the first five of the plain distance order.
      const all = await ok('/api/v1/meetings', { near: '97201', nearest: 50, sort: 'distance' });
      expect(all.meetings.slice(0, 5).map((m) => m.distance)).toEqual(distances);
    });

    it.each([
      [{ near: '97201', radius: '150' }],
      [{ near: 'Oregon' }],
      [{ lat: '45.5', lng: '-122.7', unit: 'km', radius: '300' }],
      // Without a place: in order of next start, walked from the timetable.
      [{ state: 'CA' }],
      [{ state: 'CA', sort: 'name' }],
      [{ status: 'today', tz: 'America/New_York' }],
    ] as [Record<string, string>][])('pages through every result of %o once by following next', async (params) => {
      const first = await ok('/api/v1/meetings', { ...params, limit: 10 });
      expect(first.total).toBeGreaterThan(20);
      const seen: number[] = [];
      let page: Answer = first;
      let pages = 0;
      for (;;) {
        pages++;
        expect(page.total).toBe(first.total);
        expect(page.meetings.length).toBeLessThanOrEqual(10);
        seen.push(...page.meetings.map((m) => m.id));
        if (page.next === null) break;
        expect(page.meetings).toHaveLength(10);
        expect(pages).toBeLessThan(1000);
        page = await ok('/api/v1/meetings', { ...params, limit: 10, cursor: page.next });
      }
      expect(pages).toBe(Math.ceil(first.total / 10));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(first.total);
      // The pages together are the one big page.
      const whole = await ok('/api/v1/meetings', { ...params, limit: 200 });
      if (whole.total <= 200) expect(seen).toEqual(whole.meetings.map((m) => m.id));
    });
  });

  describe('places and parameter errors', () => {
    it('takes near=Portland, OR with the comma inside the value', async () => {
      const res = await t.app.inject('/api/v1/meetings?near=Portland,%20OR');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<Answer>();
      expect(body.total).toBeGreaterThan(0);
      expect(body.meetings[0]!.localStart!.viewer.timeZone).toBe('America/Los_Angeles');
      const encoded = await ok('/api/v1/meetings', { near: 'Portland, OR' });
      expect(encoded).toEqual(body);
    });

    it('refuses a misspelt place with suggestions', async () => {
      const body = await bad('/api/v1/meetings', { near: 'Portlnd, OR' });
      expect(body.error).toBe('invalid_parameter');
      expect(body.parameter).toBe('near');
      expect(body.suggestions).toContain('Portland, OR');
      expect(body.message).toContain('Portland, OR');
    });

    it('refuses an unknown parameter by name', async () => {
      const body = await bad('/api/v1/meetings', { near: '97201', nearr: '1' });
      expect(body.parameter).toBe('nearr');
      expect(body.message).toContain('nearr');
    });

    it('refuses day=funday', async () => {
      const body = await bad('/api/v1/meetings', { day: 'funday' });
      expect(body.parameter).toBe('day');
      expect(body.message).toContain('funday');
    });

    it.each([
      [{ limit: '0' }, 'limit'],
      [{ limit: '201' }, 'limit'],
      [{ nearest: '3' }, 'nearest'],
      [{ near: '97201', unit: 'furlongs' }, 'unit'],
      [{ lat: '45.5' }, 'lng'],
      [{ lat: '91', lng: '0' }, 'lat'],
      [{ within: '30' }, 'within'],
      [{ status: 'soon', within: '1441' }, 'within'],
      [{ tz: 'Mars/Olympus' }, 'tz'],
      [{ cursor: 'not a cursor' }, 'cursor'],
      [{ after: '25:00' }, 'after'],
      [{ formats: 'NOPE' }, 'formats'],
      [{ state: 'ZZ' }, 'state'],
      [{ language: 'english' }, 'language'],
      [{ ids: '0' }, 'ids'],
    ] as [Record<string, string>, string][])('refuses %o naming %s', async (params, parameter) => {
      const body = await bad('/api/v1/meetings', params);
      expect(body.parameter).toBe(parameter);
    });
  });

  describe('status filters at the fixed now', () => {
    async function allPages(params: Record<string, string | number>): Promise<Result[]> {
      const all: Result[] = [];
      let cursor: string | null = null;
      do {
        const page: Answer = await ok('/api/v1/meetings', cursor === null ? { ...params, limit: 200 } : { ...params, limit: 200, cursor });
        all.push(...page.meetings);
        cursor = page.next;
      } while (cursor !== null);
      return all;
    }

    /** Every published meeting, each with its in-progress-or-next occurrence at NOW. */
    async function everyMeeting(): Promise<Result[]> {
      const all = await allPages({});
      // Unless asked for, temporarily closed meetings are left out.
      const closed = await allPages({ attendance: 'temporarily_closed' });
      expect(closed.every((m) => m.attendance === 'temporarily_closed')).toBe(true);
      expect(all.some((m) => m.attendance === 'temporarily_closed')).toBe(false);
      expect(all.length + closed.length).toBe(await t.store.meetings.count({ publishedOnly: true }));
      expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
      return all;
    }

    it('status=now and status=soon pick out exactly the meetings the unfiltered answer says', async () => {
      const all = await everyMeeting();
      const idsOf = (list: Result[]) => list.map((m) => m.id).sort((a, b) => a - b);
      const online = all.filter((m) => m.inProgress && (m.attendance === 'online' || m.attendance === 'hybrid'));
      expect(idsOf(await allPages({ status: 'now', attendance: 'online' }))).toEqual(idsOf(online));
      const soon = all.filter((m) => {
        const start = Date.parse(m.nextStart!);
        return start >= NOW && start <= NOW + 120 * MINUTE;
      });
      expect(soon.length).toBeGreaterThan(0);
      const answered = await allPages({ status: 'soon', within: 120 });
      // The window's far end is not pinned down by the API: allow either side of exactly +120 min.
      const exactEnd = soon.filter((m) => Date.parse(m.nextStart!) === NOW + 120 * MINUTE).map((m) => m.id);
      expect(idsOf(answered.filter((m) => !exactEnd.includes(m.id)))).toEqual(idsOf(soon.filter((m) => !exactEnd.includes(m.id))));
    });

    it('status=now&attendance=online answers only online or hybrid meetings in progress', async () => {
      const body = await ok('/api/v1/meetings', { status: 'now', attendance: 'online', limit: 200 });
      expect(body.total).toBeGreaterThan(0);
      expect(body.meetings).toHaveLength(Math.min(200, body.total));
      for (const m of body.meetings) {
        expect(m.inProgress).toBe(true);
        expect(['online', 'hybrid']).toContain(m.attendance);
        expect(Date.parse(m.nextStart!)).toBeLessThanOrEqual(NOW);
        expect(Date.parse(m.nextEnd!)).toBeGreaterThan(NOW);
      }
    });

    it('status=soon&within=120 answers only meetings starting within two hours', async () => {
      const body = await ok('/api/v1/meetings', { status: 'soon', within: 120, limit: 200 });
      expect(body.total).toBeGreaterThan(0);
      const starts = body.meetings.map((m) => Date.parse(m.nextStart!));
      expect(body.meetings).toHaveLength(Math.min(200, body.total));
      for (const [i, m] of body.meetings.entries()) {
        // A meeting starting this very minute is both in progress and starting soon.
        if (m.inProgress) expect(starts[i]).toBe(NOW);
        expect(starts[i]).toBeGreaterThanOrEqual(NOW);
        expect(starts[i]).toBeLessThanOrEqual(NOW + 120 * MINUTE);
      }
      // Without a place the order is by next start.
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const sixty = await ok('/api/v1/meetings', { status: 'soon', limit: 200 });
      expect(sixty.total).toBeLessThanOrEqual(body.total);
      for (const m of sixty.meetings) expect(Date.parse(m.nextStart!)).toBeLessThanOrEqual(NOW + 60 * MINUTE);
    });
  });

  describe('GET /api/v1/meetings/:id', () => {
    it('serves a meeting by id and by slug from the index, new ones once settled', async () => {
      const created = await t.store.meetings.create(meetingInput({ name: 'Search Api Fresh Start' }), 'test');
      await t.search.settled();
      const byId = await t.app.inject(`/api/v1/meetings/${created.id}`);
      expect(byId.statusCode, byId.body).toBe(200);
      const meeting = byId.json<Result>();
      expect(meeting).toMatchObject({ id: created.id, name: 'Search Api Fresh Start' });
      expect(meeting.slug).toBe(created.slug);
      const keys = allKeys(meeting);
      expect(keys.has('contacts')).toBe(false);
      expect(keys.has('adminNotes')).toBe(false);
      expect(byId.body).not.toContain('secretary@test.example');
      const bySlug = await t.app.inject(`/api/v1/meetings/${meeting.slug}`);
      expect(bySlug.statusCode).toBe(200);
      expect(bySlug.json()).toEqual(meeting);
      // And the search finds it too.
      const found = await ok('/api/v1/meetings', { ids: created.id });
      expect(found.meetings.map((m) => m.id)).toEqual([created.id]);
    });

    it('serves a sample meeting found by a search, the same by id and slug', async () => {
      const { meetings } = await ok('/api/v1/meetings', { near: '97201', limit: 3 });
      for (const m of meetings) {
        const byId = await t.app.inject(`/api/v1/meetings/${m.id}`);
        expect(byId.statusCode).toBe(200);
        const bySlug = await t.app.inject(`/api/v1/meetings/${m.slug}`);
        expect(bySlug.json()).toEqual(byId.json());
        expect(byId.json()).toMatchObject({ id: m.id, slug: m.slug, name: m.name });
      }
    });
  });

  describe('reference endpoints', () => {
    it('/api/v1/formats lists O and C with Spanish text', async () => {
      const res = await get('/api/v1/formats');
      expect(res.statusCode).toBe(200);
      const { formats } = res.json<{
        formats: { code: string; type: string; text: Record<string, { name: string; description: string }> }[];
      }>();
      for (const code of ['O', 'C']) {
        const format = formats.find((f) => f.code === code);
        expect(format, code).toBeDefined();
        expect(format!.text.es!.name.length).toBeGreaterThan(0);
        expect(format!.text.en!.name.length).toBeGreaterThan(0);
        expect(format!.text.es!.name).not.toBe(format!.text.en!.name);
      }
    });

    it('/api/v1/service-bodies is a tree: every parentId names a body in the list', async () => {
      const res = await get('/api/v1/service-bodies');
      expect(res.statusCode).toBe(200);
      const { serviceBodies } = res.json<{ serviceBodies: { id: number; parentId: number | null; name: string }[] }>();
      expect(serviceBodies.length).toBeGreaterThan(1);
      const ids = new Set(serviceBodies.map((b) => b.id));
      expect(ids.size).toBe(serviceBodies.length);
      const roots = serviceBodies.filter((b) => b.parentId === null);
      expect(roots.length).toBeGreaterThan(0);
      const parentOf = new Map(serviceBodies.map((b) => [b.id, b.parentId]));
      for (const body of serviceBodies) {
        if (body.parentId !== null) expect(ids.has(body.parentId), `${body.id} → ${body.parentId}`).toBe(true);
        // No cycles: walking up reaches a root.
        let at: number | null = body.id;
        for (let steps = 0; at !== null; steps++) {
          expect(steps).toBeLessThanOrEqual(serviceBodies.length);
          at = parentOf.get(at) ?? null;
        }
      }
    });

    it('/api/v1/places?q=port suggests places, Portland, OR first', async () => {
      const res = await get('/api/v1/places', { q: 'port' });
      expect(res.statusCode).toBe(200);
      const { places } = res.json<{ places: { kind: string; label: string; latitude: number; longitude: number }[] }>();
      expect(places.length).toBeGreaterThan(0);
      expect(places[0]!.label).toBe('Portland, OR');
      for (const place of places) {
        expect(['zip', 'city', 'state']).toContain(place.kind);
        expect(typeof place.label).toBe('string');
        expect(place.latitude).toBeGreaterThanOrEqual(-90);
        expect(place.latitude).toBeLessThanOrEqual(90);
        expect(place.longitude).toBeGreaterThanOrEqual(-180);
        expect(place.longitude).toBeLessThanOrEqual(180);
      }
    });

    it('/api/v1/places refuses a missing, empty or too long q', async () => {
      expect((await bad('/api/v1/places')).parameter).toBe('q');
      expect((await bad('/api/v1/places', { q: '' })).parameter).toBe('q');
      expect((await bad('/api/v1/places', { q: 'p'.repeat(101) })).parameter).toBe('q');
      const unknown = await bad('/api/v1/places', { q: 'port', x: '1' });
      expect(unknown).toMatchObject({ error: 'invalid_parameter', parameter: 'x' });
      expect(unknown.message).toContain('x');
    });
  });

  describe('caching and CORS', () => {
    const cached = [
      '/api/v1/meetings?near=97201',
      '/api/v1/meetings?status=soon&within=120',
      '/api/v1/formats',
      '/api/v1/service-bodies',
      '/api/v1/places?q=port',
      '/api/v1/stats',
      '/api/v1/openapi.json',
    ];

    it.each(cached)('%s has an ETag, public caching, and answers 304 to If-None-Match', async (path) => {
      const first = await t.app.inject(path);
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag;
      expect(typeof etag).toBe('string');
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      expect(first.headers['access-control-allow-origin']).toBe('*');
      const again = await t.app.inject({ url: path, headers: { 'if-none-match': String(etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const other = await t.app.inject({ url: path, headers: { 'if-none-match': '"something-else"' } });
      expect(other.statusCode).toBe(200);
    });

    it('a meeting by id has an ETag and public caching, and answers 304', async () => {
      const { meetings } = await ok('/api/v1/meetings', { near: '97201', limit: 1 });
      const path = `/api/v1/meetings/${meetings[0]!.id}`;
      const first = await t.app.inject(path);
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
      const again = await t.app.inject({ url: path, headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode).toBe(304);
    });

    it.each([
      '/api/v1/meetings?day=funday',
      '/api/v1/meetings?near=Portlnd,%20OR',
      '/api/v1/meetings/999999999',
      '/api/v1/meetings/Not%20A%20Slug',
      '/api/v1/places',
      '/no/such/page',
    ])('errors are not stored: %s', async (path) => {
      const res = await t.app.inject(path);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const body = res.json<ErrorBody>();
      expect(typeof body.error).toBe('string');
      expect(typeof body.message).toBe('string');
    });

    it('allows a GET preflight from another origin', async () => {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/meetings?near=97201',
        headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(200);
      expect(res.statusCode).toBeLessThan(300);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(String(res.headers['access-control-allow-methods'])).toMatch(/\bGET\b/);
    });

    it('answers a cross-origin GET with Access-Control-Allow-Origin: *', async () => {
      const res = await t.app.inject({ url: '/api/v1/formats', headers: { origin: 'https://example.org' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('is an OpenAPI 3 document listing every endpoint and the search parameters', async () => {
      const res = await get('/api/v1/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json<{
        openapi: string;
        info: { title: string };
        paths: Record<
          string,
          { get?: { parameters?: { name: string; in: string; description?: string }[]; responses?: Record<string, unknown> } }
        >;
      }>();
      expect(doc.openapi).toMatch(/^3\./);
      for (const path of [
        '/api/v1/meetings',
        '/api/v1/meetings/{id}',
        '/api/v1/formats',
        '/api/v1/service-bodies',
        '/api/v1/places',
        '/api/v1/stats',
        '/healthz',
      ]) {
        expect(doc.paths[path]?.get, path).toBeDefined();
      }
      const parameters = doc.paths['/api/v1/meetings']!.get!.parameters ?? [];
      const query = parameters.filter((p) => p.in === 'query');
      expect(query.map((p) => p.name).sort()).toEqual([...QUERY_PARAMETERS].sort());
      for (const p of query) expect(p.description, p.name).toBeTruthy();
      const id = doc.paths['/api/v1/meetings/{id}']!.get!.parameters ?? [];
      expect(id.some((p) => p.name === 'id' && p.in === 'path')).toBe(true);
      const places = doc.paths['/api/v1/places']!.get!.parameters ?? [];
      expect(places.some((p) => p.name === 'q' && p.in === 'query')).toBe(true);
      expect(Object.keys(doc.paths)).not.toContain('/api/v1/openapi.json');
    });
  });
});

import { isMeetingType } from '@code4recovery/spec';
import { NA_TYPES } from '../../src/domain/format-type-sets.js';
import { formatByCode } from '../../src/domain/formats-catalogue.js';
import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LIMIT } from '../../src/http/routes/feeds/export-query.js';
import { CSV_HEADERS } from '../../src/interop/csv/meetings-csv.js';
import { MEETING_GUIDE_FEED_LINK_HEADER } from '../../src/interop/meeting-guide/feed-link.js';
import type { MeetingGuideMeeting } from '../../src/interop/meeting-guide/to-meeting-guide.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const FEED = '/api/v1/feeds/meeting-guide.json';
const SECRETS = ['secret-contact@private.example', 'Only the admins know this', 'secretary@test.example'];

/** Logical lines of an iCalendar text (unfolded). */
function icalLines(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

/** The lines inside VEVENTs only (VTIMEZONE has DTSTARTs of its own). */
function eventLines(text: string): string[] {
  let inside = false;
  return icalLines(text).filter((line) => {
    if (line === 'BEGIN:VEVENT') inside = true;
    else if (line === 'END:VEVENT') inside = false;
    return inside;
  });
}

function expectSameError(a: LightMyRequestResponse, b: LightMyRequestResponse): void {
  expect(a.statusCode).toBe(400);
  expect(a.headers['content-type']).toMatch(/^application\/json/);
  expect(a.json()).toEqual(b.json());
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`feeds and exports on ${engine.name}`, () => {
    let t: TestSite;
    let inPersonId: number;
    let inPersonSlug: string;
    let onlineId: number;

    beforeAll(async () => {
      const privateFields = {
        contacts: [{ name: 'Pat', email: 'secret-contact@private.example', phone: null }],
        adminNotes: 'Only the admins know this',
      };
      t = await initSite(engine, {
        sample: { count: 300, seed: 5 },
        meetings: [
          meetingInput({
            ...privateFields,
            name: 'Feed Test Night',
            notes: '=HYPERLINK("http://evil.example","x")',
            schedule: { weekday: 4, startTime: '19:00', durationMinutes: 60, timeZone: 'America/New_York' },
          }),
          onlineMeetingInput({ ...privateFields, name: 'Feed Test Online' }),
          meetingInput({ name: 'Unpublished Feed Test', published: false }),
        ],
      });
      const [inPerson, online] = t.meetings;
      inPersonId = inPerson!.id;
      inPersonSlug = inPerson!.slug;
      onlineId = online!.id;
    });
    afterAll(() => t.dispose());

    describe('Meeting Guide feed', () => {
      it('renders the whole feed once, and again as soon as a meeting changes', async () => {
        const before = await t.app.inject(FEED);
        expect((await t.app.inject(FEED)).body).toBe(before.body);
        const meeting = (await t.store.meetings.get(onlineId))!;
        await t.store.meetings.update(onlineId, { ...meeting, name: 'Feed Test Online Renamed' }, 'test');
        await t.search.settled();
        const after = await t.app.inject(FEED).then((r) => r.json<MeetingGuideMeeting[]>());
        expect(after.find((m) => m.slug === meeting.slug)?.name).toBe('Feed Test Online Renamed');
        await t.store.meetings.update(onlineId, meeting, 'test');
        await t.search.settled();
        const restored = await t.app.inject(FEED).then((r) => r.json<MeetingGuideMeeting[]>());
        expect(restored.find((m) => m.slug === meeting.slug)?.name).toBe(meeting.name);
        expect(restored).toHaveLength(after.length);
      });

      it('lists every published meeting, valid against the spec and without private data', async () => {
        const res = await t.app.inject(FEED);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
        const feed = res.json<MeetingGuideMeeting[]>();
        expect(Array.isArray(feed)).toBe(true);
        expect(feed).toHaveLength(t.search.index.size);
        expect(feed).toHaveLength(await t.store.meetings.count({ publishedOnly: true }));
        expect(new Set(feed.map((m) => m.slug)).size).toBe(feed.length);
        for (const meeting of feed) {
          expect(typeof meeting.name).toBe('string');
          expect(meeting.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(Number.isInteger(meeting.day) && meeting.day >= 0 && meeting.day <= 6).toBe(true);
          expect(meeting.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(meeting.end_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(meeting.timezone).toMatch(/^[A-Za-z_]+\/[A-Za-z_/-]+$/);
          // The sample is NA: codes of NA's type set, the spec's language types, or our own format codes as custom types.
          for (const type of meeting.types)
            expect(Object.hasOwn(NA_TYPES, type) || isMeetingType(type) || formatByCode(type) !== undefined, type).toBe(true);
          for (const type of meeting.types) expect(['JT', 'To', 'SG', 'St', 'Tr', 'SD', 'ST', 'TR'], type).not.toContain(type);
          expect(meeting.formatted_address ?? meeting.city).toBeTruthy();
          expect(meeting.updated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
          expect(meeting.url).toMatch(/^https?:\/\//);
          if (meeting.attendance_option === 'online') expect(meeting.approximate).toBe('yes');
          if (meeting.attendance_option === 'online' || meeting.attendance_option === 'hybrid') {
            expect(meeting.conference_url ?? meeting.conference_phone).toBeTruthy();
          }
        }
        for (const secret of SECRETS) expect(res.body).not.toContain(secret);
        expect(res.body).not.toMatch(/"contact|"email|"admin/i);
        expect(feed.some((m) => m.name === 'Unpublished Feed Test')).toBe(false);
      });

      it('keeps sample meetings marked as sample', async () => {
        const feed = (await t.app.inject(FEED)).json<MeetingGuideMeeting[]>();
        const samples = feed.filter((m) => !m.name.startsWith('Feed Test'));
        expect(samples.length).toBeGreaterThan(100);
        for (const meeting of samples) expect(meeting.notes).toMatch(/\bsample\b/i);
      });

      it('maps our own meetings as expected', async () => {
        const feed = (await t.app.inject(FEED)).json<MeetingGuideMeeting[]>();
        const night = feed.find((m) => m.slug === inPersonSlug)!;
        expect(night).toMatchObject({
          day: 4,
          time: '19:00',
          end_time: '20:00',
          timezone: 'America/New_York',
          // An NA meeting, in NA's type set: Basic Text is BT, not LIT.
          types: ['BT', 'C', 'X'],
          approximate: 'no',
        });
        // light-my-request sends "Host: localhost:80"; the page link follows whatever host was asked.
        expect(night.url).toBe(`http://localhost:80/meetings/${inPersonSlug}`);
        const elsewhere = await t.app.inject({ url: FEED, headers: { host: 'rooms.example' } });
        expect(elsewhere.json<MeetingGuideMeeting[]>().find((m) => m.slug === inPersonSlug)!.url).toBe(
          `http://rooms.example/meetings/${inPersonSlug}`,
        );
        const online = feed.find((m) => m.name === 'Feed Test Online')!;
        expect(online).toMatchObject({
          conference_url: 'https://meet.test.example/j/123456789',
          approximate: 'yes',
          attendance_option: 'online',
        });
      });

      it('narrows to a search with the same parameters as /api/v1/meetings', async () => {
        const res = await t.app.inject(`${FEED}?state=OR&attendance=online`);
        expect(res.statusCode, res.body).toBe(200);
        const feed = res.json<MeetingGuideMeeting[]>();
        const total = (await t.app.inject('/api/v1/meetings?state=OR&attendance=online')).json<{ total: number }>().total;
        expect(feed).toHaveLength(total);
        for (const meeting of feed) {
          expect(meeting.state).toBe('OR');
          expect(['online', 'hybrid']).toContain(meeting.attendance_option);
        }
        expect((await t.app.inject(`${FEED}?state=OR&limit=1`)).json<unknown[]>()).toHaveLength(1);
        const zero = await t.app.inject(`${FEED}?limit=0`);
        expect(zero.statusCode).toBe(400);
        expect(zero.json()).toMatchObject({ error: 'invalid_parameter', parameter: 'limit' });
      });

      it('refuses bad parameters exactly like the search API', async () => {
        for (const query of ['day=funday', 'near=Nowhereville%2C%20ZZ', 'sort=distance']) {
          const feed = await t.app.inject(`${FEED}?${query}`);
          const api = await t.app.inject(`/api/v1/meetings?${query}`);
          expectSameError(feed, api);
        }
      });

      it('ignores parameters it does not know, as BMLT does: TSML UI’s bare cache-buster gets the whole feed', async () => {
        const whole = await t.app.inject(FEED);
        const busted = await t.app.inject(`${FEED}?1796164238728`);
        expect(busted.statusCode, busted.body).toBe(200);
        expect(busted.body).toBe(whole.body);
        const narrowed = await t.app.inject(`${FEED}?state=OR&_=1796164238728&bogus=1`);
        expect(narrowed.statusCode, narrowed.body).toBe(200);
        expect(narrowed.body).toBe((await t.app.inject(`${FEED}?state=OR`)).body);
        // The JSON search API still refuses them, so that a typo shows.
        expect((await t.app.inject('/api/v1/meetings?bogus=1')).json()).toMatchObject({ error: 'invalid_parameter', parameter: 'bogus' });
      });
    });

    describe('feed announcement', () => {
      it('carries the Link header on every answer, errors included', async () => {
        for (const url of [
          '/healthz',
          '/api/v1/meetings',
          FEED,
          `/api/v1/meetings/${inPersonId}`,
          '/no/such/page',
          '/api/v1/meetings?day=funday',
        ]) {
          const res = await t.app.inject(url);
          expect(res.headers.link, url).toBe(MEETING_GUIDE_FEED_LINK_HEADER);
        }
      });
    });

    describe('iCalendar', () => {
      it('serves one meeting by id or slug as a weekly event in its own zone', async () => {
        for (const key of [String(inPersonId), inPersonSlug]) {
          const res = await t.app.inject(`/meetings/${key}.ics`);
          expect(res.statusCode, res.body).toBe(200);
          expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
          expect(res.headers['content-disposition']).toBe(`attachment; filename="${inPersonSlug}.ics"`);
          const lines = icalLines(res.body);
          expect(lines[0]).toBe('BEGIN:VCALENDAR');
          expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
          const start = eventLines(res.body).find((l) => l.startsWith('DTSTART'))!;
          expect(start).toMatch(/^DTSTART;TZID=America\/New_York:\d{8}T190000$/);
          expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
          expect(lines).toContain('TZID:America/New_York');
          expect(lines).toContain(`UID:meeting-${inPersonId}@localhost`);
          expect(lines).toContain(`URL;VALUE=URI:http://localhost:80/meetings/${inPersonSlug}`);
          for (const secret of SECRETS) expect(res.body).not.toContain(secret);
        }
      });

      it('links an online meeting’s conference', async () => {
        const lines = icalLines((await t.app.inject(`/meetings/${onlineId}.ics`)).body);
        expect(lines).toContain('URL;VALUE=URI:https://meet.test.example/j/123456789');
        expect(lines).toContain('LOCATION:https://meet.test.example/j/123456789');
      });

      it('answers 404 JSON for an unknown meeting and 400 for a malformed id', async () => {
        const missing = await t.app.inject('/meetings/999999999.ics');
        expect(missing.statusCode).toBe(404);
        expect(missing.json()).toMatchObject({ error: 'not_found' });
        const slug = await t.app.inject('/meetings/no-such-meeting.ics');
        expect(slug.statusCode).toBe(404);
        expect((await t.app.inject('/meetings/Bad_Id!.ics')).statusCode).toBe(400);
      });

      it('makes a subscribable calendar of a search', async () => {
        const res = await t.app.inject('/api/v1/meetings.ics?state=OR,WA,CA');
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
        const total = (await t.app.inject('/api/v1/meetings?state=OR,WA,CA')).json<{ total: number }>().total;
        expect(res.headers['x-total-count']).toBe(String(total));
        const lines = icalLines(res.body);
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(Math.min(total, EXPORT_LIMIT));
        expect(lines.find((l) => l.startsWith('X-WR-CALDESC:'))).toContain(`at most ${EXPORT_LIMIT}`);
        const uids = lines.filter((l) => l.startsWith('UID:'));
        expect(new Set(uids).size).toBe(uids.length);
        for (const line of eventLines(res.body).filter((l) => l.startsWith('DTSTART')))
          expect(line).toMatch(/^DTSTART;TZID=America\/[A-Za-z_]+:\d{8}T\d{6}$/);
      });

      it('raises the page limit to the export cap, and refuses more', async () => {
        expect((await t.app.inject(`/api/v1/meetings.ics?limit=${EXPORT_LIMIT}`)).statusCode).toBe(200);
        const bad = await t.app.inject(`/api/v1/meetings.ics?limit=${EXPORT_LIMIT + 1}`);
        expect(bad.statusCode).toBe(400);
        expect(bad.json()).toMatchObject({ error: 'invalid_parameter', parameter: 'limit' });
        const few = icalLines((await t.app.inject('/api/v1/meetings.ics?limit=3')).body);
        expect(few.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
      });

      it('refuses bad parameters exactly like the search API', async () => {
        for (const query of ['day=funday', 'sort=distance']) {
          expectSameError(await t.app.inject(`/api/v1/meetings.ics?${query}`), await t.app.inject(`/api/v1/meetings?${query}`));
        }
      });

      it('ignores parameters it does not know', async () => {
        const busted = await t.app.inject('/api/v1/meetings.ics?state=OR&limit=3&1796164238728&bogus=1');
        expect(busted.statusCode, busted.body).toBe(200);
        expect(eventLines(busted.body).filter((l) => l.startsWith('UID:'))).toEqual(
          eventLines((await t.app.inject('/api/v1/meetings.ics?state=OR&limit=3')).body).filter((l) => l.startsWith('UID:')),
        );
      });
    });

    describe('CSV export', () => {
      it('exports a search as a safe spreadsheet', async () => {
        const res = await t.app.inject('/api/v1/meetings.csv?state=OR');
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
        expect(res.headers['content-disposition']).toBe('attachment; filename="meetings.csv"');
        const rows: string[][] = parse(res.body, { bom: true });
        expect(rows[0]).toEqual([...CSV_HEADERS]);
        const total = (await t.app.inject('/api/v1/meetings?state=OR')).json<{ total: number }>().total;
        expect(rows).toHaveLength(total + 1);
        const records = parse<Record<string, string>>(res.body, { bom: true, columns: true });
        const ours = records.find((r) => r.ID === String(inPersonId))!;
        expect(ours.Notes).toBe(`'=HYPERLINK("http://evil.example","x")`);
        expect(ours.Longitude).toBe('-122.6784');
        for (const record of records) {
          expect(record.State).toBe('OR');
          for (const [column, cell] of Object.entries(record)) {
            if (/^[=+\-@\t\r]/.test(cell)) expect(`${column}: ${cell}`).toMatch(/^(Latitude|Longitude): -\d/);
          }
        }
        for (const secret of SECRETS) expect(res.body).not.toContain(secret);
      });

      it('refuses bad parameters exactly like the search API', async () => {
        expectSameError(await t.app.inject('/api/v1/meetings.csv?day=funday'), await t.app.inject('/api/v1/meetings?day=funday'));
      });

      it('ignores parameters it does not know', async () => {
        const busted = await t.app.inject('/api/v1/meetings.csv?state=OR&_=1796164238728&bogus=1');
        expect(busted.statusCode, busted.body).toBe(200);
        expect(busted.body).toBe((await t.app.inject('/api/v1/meetings.csv?state=OR')).body);
      });
    });

    it('documents the new routes in the OpenAPI document', async () => {
      const res = await t.app.inject('/api/v1/openapi.json');
      expect(res.statusCode).toBe(200);
      const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
      for (const path of [FEED, '/api/v1/meetings.ics', '/api/v1/meetings.csv', '/meetings/{id}.ics']) expect(paths).toContain(path);
    });

    it('leaves the JSON API’s own routes where they were', async () => {
      expect((await t.app.inject(`/api/v1/meetings/${inPersonId}`)).json()).toMatchObject({ id: inPersonId });
      expect((await t.app.inject('/api/v1/meetings?limit=1')).json<{ meetings: unknown[] }>().meetings).toHaveLength(1);
    });
  });
}

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PublicMeeting } from '../../src/domain/meeting.js';
import { emptyQuery, type Query, type QueryPlace } from '../../src/domain/query.js';
import type { Weekday } from '../../src/domain/weekday.js';
import { SearchIndex, type SearchHit } from '../../src/search/search-index.js';
import { meetingInput } from '../support/fixtures.js';
import { publicMeeting } from '../support/in-memory.js';

/**
 * The "today first" order of a place search: in progress, then later today, then each later
 * day in the viewer's zone, nearest first within each, at a fixed instant.
 */

/** Tuesday 2026-11-24, 19:30 in Los Angeles; 22:30 in New York; 17:30 in Honolulu. */
const NOW = Date.parse('2026-11-25T03:30:00Z');
const PLACE: QueryPlace = { latitude: 45.5, longitude: -122.6, label: null, timeZone: 'America/Los_Angeles' };
/** Kilometres per degree of latitude on the haversine's sphere. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;

function meeting(name: string, weekday: Weekday, startTime: string, km: number, id: number, durationMinutes = 60): PublicMeeting {
  const base = meetingInput();
  return publicMeeting(
    meetingInput({
      name,
      schedule: { weekday, startTime, durationMinutes, timeZone: 'America/Los_Angeles' },
      venue: { ...base.venue, latitude: PLACE.latitude + km / KM_PER_DEGREE, longitude: PLACE.longitude },
    }),
    null,
    id,
  );
}

/** The edges, named; times are Los Angeles time on the meeting's weekday. */
const NAMED: [string, Weekday, string, number, number?][] = [
  ['in progress far', TUESDAY, '19:00', 20, 90],
  ['in progress near', TUESDAY, '18:30', 1, 90],
  // 23:30 in New York: still Tuesday there too.
  ['later today near', TUESDAY, '20:30', 2],
  // New York's midnight to the minute: Wednesday there, still Tuesday in Honolulu.
  ['later today far', TUESDAY, '21:00', 15],
  // 04:00 Wednesday in New York, 23:00 Tuesday in Honolulu.
  ['after midnight', WEDNESDAY, '01:00', 5],
  ['tomorrow near, later', WEDNESDAY, '07:00', 0.5],
  // The same spot as the one above, an hour earlier: the tie goes by start.
  ['tomorrow near, earlier', WEDNESDAY, '06:00', 0.5],
  ['tomorrow far', WEDNESDAY, '12:00', 30],
  ['day after', THURSDAY, '12:00', 0.3],
  // Nearest of all, but it met at noon today: next Tuesday is a week away.
  ['earlier today', TUESDAY, '12:00', 0.1],
];

function named(): PublicMeeting[] {
  return NAMED.map(([name, weekday, time, km, minutes], i) => meeting(name, weekday, time, km, i + 1, minutes));
}

/** Many meetings on every day, with ties of place and of start, so that a page is picked out of more than it holds. */
function crowd(): PublicMeeting[] {
  const meetings = named();
  for (let i = 0; i < 300; i++) {
    const time = `${String((i * 5) % 24).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`;
    meetings.push(meeting(`Crowd ${i}`, (i % 7) as Weekday, time, 1 + (i % 13) * 0.7, meetings.length + 1, 30 + (i % 4) * 30));
  }
  return meetings;
}

async function indexOf(meetings: PublicMeeting[]): Promise<SearchIndex> {
  return SearchIndex.load([meetings], [], () => NOW);
}

function search(index: SearchIndex, overrides: Partial<Query>): SearchHit[] {
  return index.search(emptyQuery({ place: PLACE, sort: 'today', limit: 1000, ...overrides }), NOW).hits;
}

const names = (hits: SearchHit[]): string[] => hits.map((h) => h.meeting.name);

/** A hit's time band, worked out apart from the engine: 0 in progress, 1 today, 2 tomorrow… in the viewer's zone. */
function band(hit: SearchHit, timeZone: string): number {
  if (hit.inProgress) return 0;
  const today = DateTime.fromMillis(NOW, { zone: timeZone }).startOf('day');
  const day = DateTime.fromMillis(hit.start!, { zone: timeZone }).startOf('day');
  return Math.round(day.diff(today, 'days').days) + 1;
}

describe('today first', () => {
  it('lists in progress, then later today, then each later day, nearest first within each (viewer in New York)', async () => {
    const index = await indexOf(named());
    expect(names(search(index, { timeZone: 'America/New_York' }))).toEqual([
      'in progress near',
      'in progress far',
      'later today near',
      'tomorrow near, earlier',
      'tomorrow near, later',
      'after midnight',
      'later today far',
      'tomorrow far',
      'day after',
      'earlier today',
    ]);
  });

  it('takes "today" from the viewer: at the same instant, Honolulu is still on Tuesday', async () => {
    const index = await indexOf(named());
    expect(names(search(index, { timeZone: 'Pacific/Honolulu' }))).toEqual([
      'in progress near',
      'in progress far',
      'later today near',
      'after midnight',
      'later today far',
      'tomorrow near, earlier',
      'tomorrow near, later',
      'tomorrow far',
      'day after',
      'earlier today',
    ]);
  });

  it('keeps the order with nearest: the N nearest, today first', async () => {
    const index = await indexOf(named());
    const want = ['in progress near', 'tomorrow near, earlier', 'tomorrow near, later', 'day after', 'earlier today'];
    expect(names(search(index, { timeZone: 'America/New_York', nearest: 5 }))).toEqual(want);
    // With a filter the candidates are few, and measured one by one instead of through the tree.
    expect(names(search(index, { timeZone: 'America/New_York', nearest: 5, attendance: ['in_person'] }))).toEqual(want);
  });

  it('orders a crowd by band, distance, start and slot, in every zone', async () => {
    const index = await indexOf(crowd());
    for (const timeZone of ['America/New_York', 'Pacific/Honolulu', 'America/Los_Angeles', 'Asia/Tokyo']) {
      const hits = search(index, { timeZone });
      expect(hits).toHaveLength(310);
      const bands = new Map(hits.map((h) => [h.slot, band(h, timeZone)]));
      const want = [...hits].sort(
        (a, b) => bands.get(a.slot)! - bands.get(b.slot)! || a.km! - b.km! || a.start! - b.start! || a.slot - b.slot,
      );
      expect(hits.map((h) => h.slot)).toEqual(want.map((h) => h.slot));
      expect(new Set(bands.values())).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]));
    }
  });

  it('pages through consecutive slices of one order', async () => {
    const index = await indexOf(crowd());
    const query = { timeZone: 'America/Chicago' };
    const whole = search(index, query).map((h) => h.meeting.id);
    for (const limit of [1, 7, 25]) {
      const paged: number[] = [];
      for (let offset = 0; offset < whole.length; offset += limit) {
        const page = index.search(emptyQuery({ place: PLACE, sort: 'today', ...query, offset, limit }), NOW);
        expect(page.total).toBe(whole.length);
        paged.push(...page.hits.map((h) => h.meeting.id));
      }
      expect(paged, `limit ${limit}`).toEqual(whole);
    }
  });

  it('leaves sort=distance as pure distance', async () => {
    const index = await indexOf(crowd());
    const hits = search(index, { timeZone: 'America/New_York', sort: 'distance' });
    const km = hits.map((h) => h.km!);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(names(hits.slice(0, 2))).toEqual(['earlier today', 'day after']);
    expect(names(search(index, { timeZone: 'America/New_York', sort: 'distance', limit: 2 }))).toEqual(['earlier today', 'day after']);
  });
});

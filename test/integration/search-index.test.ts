import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../src/domain/attendance.js';
import { CHALLENGE_CATEGORIES } from '../../src/domain/challenge.js';
import { distanceKm, KM_PER_MILE } from '../../src/domain/geo.js';
import type { MeetingInput, PublicMeeting, WeeklySchedule } from '../../src/domain/meeting.js';
import {
  dayBounds,
  localTime,
  nextOccurrence,
  occurrenceInProgress,
  occurrencesBetween,
  type Occurrence,
} from '../../src/domain/occurrence.js';
import { emptyQuery, type Query, type QueryPlace, type RelativeDay, type Status } from '../../src/domain/query.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import type { Weekday } from '../../src/domain/weekday.js';
import { usPlaces } from '../../src/geo/places.js';
import { SearchIndex, type SearchHit } from '../../src/search/search-index.js';
import { Random } from '../../src/store/sample/random.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { inMemorySample, publicMeeting, type InMemoryData } from '../support/in-memory.js';

/**
 * The search index against a brute-force oracle: every meeting checked one by one with the
 * domain functions, for hundreds of seeded random queries at fixed instants (never the
 * real clock), before and after changes, and across the rebuild that changes trigger.
 */

// --- fixed instants ------------------------------------------------------------------------

const NOWS = {
  /** Tuesday 03:30 UTC: Monday evening across the US (19:30 PST, 22:30 EST). */
  mondayEvening: Date.parse('2026-11-24T03:30:00Z'),
  /** Saturday noon in New York, 09:00 in Los Angeles. */
  saturdayNoon: Date.parse('2026-11-28T17:00:00Z'),
  /** Saturday evening before the 2026-03-08 spring-forward: "tomorrow" is a 23-hour day. */
  beforeSpringForward: Date.parse('2026-03-07T23:00:00Z'),
  /** 03:40 EDT just after New York's jump; still 23:40 PST on Saturday in Los Angeles. */
  springForwardEast: Date.parse('2026-03-08T07:40:00Z'),
  /** 50 minutes later: a timetable built here answers the instant above without a rebuild. */
  springForwardEastLater: Date.parse('2026-03-08T08:30:00Z'),
  /** 03:15 PDT just after Los Angeles' jump. */
  springForwardWest: Date.parse('2026-03-08T10:15:00Z'),
  /** 23:50 PST on Sunday 2026-11-01, the 25-hour fall-back day in Los Angeles. */
  endOfFallBackDay: Date.parse('2026-11-02T07:50:00Z'),
  /** Midnight in New York on New Year's Day. */
  newYear: Date.parse('2026-01-01T05:00:00Z'),
} as const;
const INSTANTS: readonly number[] = Object.values(NOWS);
const BUILT_AT = NOWS.mondayEvening;
const ALL = 1_000_000_000;
/** The oracle is slow on purpose: give the long runs room on slow machines. */
const LONG = 180_000;

const VIEWER_ZONES = [
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Asia/Tokyo',
  'Europe/London',
] as const;

// --- data ----------------------------------------------------------------------------------

/** Hand-made meetings for the edges the sample does not reach. */
function extraMeetings(first: PublicMeeting): MeetingInput[] {
  const la = (weekday: Weekday, startTime: string, durationMinutes = 60): WeeklySchedule => ({
    weekday,
    startTime,
    durationMinutes,
    timeZone: 'America/Los_Angeles',
  });
  const newYork = { ...meetingInput().venue, city: 'New York', state: 'NY', postalCode: '10001', latitude: 40.7506, longitude: -73.9972 };
  return [
    // Just after midnight: the first minutes of a viewer's day.
    meetingInput({ name: 'Midnight Oil Saturday', schedule: la(6, '00:15') }),
    meetingInput({ name: 'Midnight Oil Sunday', schedule: la(0, '00:15') }),
    // 02:30 does not exist in New York on 2026-03-08.
    meetingInput({
      name: 'Spring Gap',
      venue: newYork,
      schedule: { weekday: 0, startTime: '02:30', durationMinutes: 60, timeZone: 'America/New_York' },
    }),
    // Lasts all day, so it is in progress long after it began.
    meetingInput({ name: 'Marathon Day', schedule: la(0, '12:00', 24 * 60) }),
    // Accents in names and words.
    meetingInput({ name: 'Éxito Juntos', languages: ['es'], formats: ['ES', 'O'], notes: 'Reunión en español' }),
    meetingInput({ name: 'Ángeles de Paz', languages: ['es'], formats: ['ES', 'C'], schedule: la(3, '21:00') }),
    // No coordinates at all: never in a search by place.
    onlineMeetingInput({
      name: 'Nowhere Online',
      venue: { ...meetingInput().venue, latitude: null, longitude: null, city: null, state: null, name: null, street: null },
    }),
    // The very spot of another meeting: a distance tie.
    meetingInput({
      name: 'Twin Spot',
      venue: {
        ...meetingInput().venue,
        city: first.venue.city,
        state: first.venue.state,
        latitude: first.venue.latitude,
        longitude: first.venue.longitude,
      },
    }),
  ];
}

function dataset(count = 3000, seed = 42): InMemoryData {
  const { meetings, bodies } = inMemorySample({ count, seed });
  for (const input of extraMeetings(meetings[0]!)) meetings.push(publicMeeting(input, input.serviceBodyId, meetings.length + 1));
  return { meetings, bodies };
}

async function loadIndex(data: InMemoryData, clock: number = BUILT_AT): Promise<SearchIndex> {
  // In pages, as the store hands them over.
  const pages: PublicMeeting[][] = [];
  for (let i = 0; i < data.meetings.length; i += 700) pages.push(data.meetings.slice(i, i + 700));
  return SearchIndex.load(pages, data.bodies, () => clock);
}

// --- the oracle ----------------------------------------------------------------------------

/** Lower case, accents dropped, split into words of letters and digits. */
function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function searchableWords(m: PublicMeeting): string[] {
  return foldWords([m.name, m.groupName, m.venue.name, m.venue.city, m.notes, m.venue.notes].filter((t) => t !== null).join(' '));
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Whether a meeting held this way serves someone who asks for `asked`. */
function serves(asked: Attendance, held: Attendance): boolean {
  switch (asked) {
    case 'online':
      return held === 'online' || held === 'hybrid';
    case 'in_person':
      return held === 'in_person' || held === 'hybrid';
    case 'hybrid':
      return held === 'hybrid';
    case 'temporarily_closed':
      return held === 'temporarily_closed';
  }
}

function bodyAndBelow(bodies: readonly ServiceBody[], root: number): Set<number> {
  const found = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const body of bodies) {
      if (body.parentId !== null && found.has(body.parentId) && !found.has(body.id)) {
        found.add(body.id);
        grew = true;
      }
    }
  }
  return found;
}

const memo = new Map<string, unknown>();
function remembered<T>(key: string, make: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  memo.set(key, value);
  return value;
}
const keyOf = (s: WeeklySchedule): string => `${s.timeZone}|${s.weekday}|${s.startTime}|${s.durationMinutes}`;

function startsWithin(s: WeeklySchedule, from: number, to: number): boolean {
  return remembered(`between|${keyOf(s)}|${from}|${to}`, () => occurrencesBetween(s, from, to).length > 0);
}

/** The occurrence in progress at `now`, else the next one. */
function currentOccurrence(s: WeeklySchedule, now: number): { occurrence: Occurrence; inProgress: boolean } {
  return remembered(`current|${keyOf(s)}|${now}`, () => {
    const running = occurrenceInProgress(s, now);
    return running ? { occurrence: running, inProgress: true } : { occurrence: nextOccurrence(s, now), inProgress: false };
  });
}

interface Expected {
  meeting: PublicMeeting;
  km: number | null;
}

/** Every published meeting the query matches, checked one by one; nearest first with a place (nearest not applied). */
function oracle(meetings: Iterable<PublicMeeting>, bodies: readonly ServiceBody[], q: Query, now: number): Expected[] {
  const maxKm = q.radius === null ? Infinity : q.unit === 'km' ? q.radius : q.radius * KM_PER_MILE;
  const bodyIds = q.serviceBodies.length > 0 ? new Set(q.serviceBodies.flatMap((id) => [...bodyAndBelow(bodies, id)])) : null;
  const textWords = q.text === null ? null : foldWords(q.text);
  const after = q.after === null ? 0 : minutesOf(q.after);
  const before = q.before === null ? 24 * 60 : minutesOf(q.before);
  const windows = q.relativeDays.map((day) => dayBounds(now, q.timeZone, day === 'today' ? 0 : 1));
  const dayEnd = dayBounds(now, q.timeZone).end;
  const cities = q.cities.map((c) => c.toLowerCase());
  const found: Expected[] = [];
  for (const m of meetings) {
    if (!m.published) continue;
    const s = m.schedule;
    if (q.days.length > 0 && !q.days.includes(s.weekday)) continue;
    if (q.attendance.length === 0 ? m.attendance === 'temporarily_closed' : !q.attendance.some((a) => serves(a, m.attendance))) continue;
    if (!q.formats.every((f) => m.formats.includes(f))) continue;
    if (q.formatsAny.length > 0 && !q.formatsAny.some((f) => m.formats.includes(f))) continue;
    if (q.formatsNot.some((f) => m.formats.includes(f))) continue;
    if (q.programs.length > 0 && !q.programs.includes(m.program)) continue;
    if (q.categories.length > 0 && !q.categories.some((c) => m.categories.includes(c))) continue;
    if (q.languages.length > 0 && !q.languages.some((l) => m.languages.includes(l))) continue;
    if (q.states.length > 0 && (m.venue.state === null || !q.states.includes(m.venue.state))) continue;
    if (cities.length > 0 && (m.venue.city === null || !cities.includes(m.venue.city.toLowerCase()))) continue;
    if (bodyIds && (m.serviceBodyId === null || !bodyIds.has(m.serviceBodyId))) continue;
    if (q.ids.length > 0 && !q.ids.includes(m.id)) continue;
    if (textWords) {
      const words = searchableWords(m);
      if (!textWords.every((t) => words.some((w) => w.startsWith(t)))) continue;
    }
    const start = minutesOf(s.startTime);
    if (start < after || start >= before) continue;
    if (q.status === 'now' && !currentOccurrence(s, now).inProgress) continue;
    if (q.status === 'soon' && !startsWithin(s, now, now + q.withinMinutes * 60_000)) continue;
    // The rest of today: what is in progress (one can still walk in late) and what starts before the viewer's midnight.
    if (q.status === 'today' && !currentOccurrence(s, now).inProgress && !startsWithin(s, now, dayEnd)) continue;
    if (windows.length > 0 && !windows.some((w) => startsWithin(s, w.start, w.end))) continue;
    let km: number | null = null;
    if (q.place) {
      const { latitude, longitude } = m.venue;
      if (latitude === null || longitude === null) continue;
      km = distanceKm(q.place, { latitude, longitude });
      if (km > maxKm) continue;
    }
    found.push({ meeting: m, km });
  }
  if (q.place) found.sort((a, b) => a.km! - b.km!);
  return found;
}

// --- comparing -----------------------------------------------------------------------------

const byNumber = (a: number, b: number): number => a - b;
const collator = new Intl.Collator('en', { sensitivity: 'base' });

function describeQuery(q: Query, now: number): string {
  const defaults = emptyQuery();
  const changed = Object.fromEntries(
    Object.entries(q).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(defaults[key as keyof Query]) && key !== 'limit'),
  );
  return `now=${new Date(now).toISOString()} query=${JSON.stringify(changed)}`;
}

/**
 * Searches and checks the answer against the oracle: the same set (for nearest, the same
 * distances, any of the meetings tied at the boundary), total, distances, occurrences and order.
 * Returns how many meetings matched.
 */
function verify(index: SearchIndex, meetings: Iterable<PublicMeeting>, bodies: readonly ServiceBody[], q: Query, now: number): number {
  const label = describeQuery(q, now);
  const want = oracle(meetings, bodies, q, now);
  const got = index.search({ ...q, offset: 0, limit: ALL }, now);
  expect(got.nextOffset, label).toBeNull();
  expect(got.hits.length, label).toBe(got.total);
  const gotIds = got.hits.map((h) => h.meeting.id);
  expect(new Set(gotIds).size, `${label}: a meeting listed twice`).toBe(gotIds.length);

  if (q.place && q.nearest !== null) {
    const n = Math.min(q.nearest, want.length);
    expect(got.total, label).toBe(n);
    const wantKm = want.slice(0, n).map((e) => e.km!);
    expect([...got.hits.map((h) => h.km!)].sort(byNumber), label).toEqual(wantKm);
    const boundary = n > 0 ? wantKm[n - 1]! : -Infinity;
    const allowed = new Set(want.filter((e) => e.km! <= boundary).map((e) => e.meeting.id));
    const required = want.filter((e) => e.km! < boundary).map((e) => e.meeting.id);
    expect(
      gotIds.filter((id) => !allowed.has(id)),
      `${label}: beyond the nearest`,
    ).toEqual([]);
    expect(
      required.filter((id) => !gotIds.includes(id)),
      `${label}: nearer ones missing`,
    ).toEqual([]);
  } else {
    const wantIds = want.map((e) => e.meeting.id).sort(byNumber);
    const gotSet = new Set(gotIds);
    const wantSet = new Set(wantIds);
    const missing = wantIds.filter((id) => !gotSet.has(id));
    const extra = gotIds.filter((id) => !wantSet.has(id)).sort(byNumber);
    expect({ missing, extra }, label).toEqual({ missing: [], extra: [] });
    expect(got.total, label).toBe(want.length);
  }

  const byId = new Map(want.map((e) => [e.meeting.id, e]));
  const problems = got.hits.flatMap((hit) => hitProblem(hit, byId.get(hit.meeting.id), now) ?? []);
  expect(problems.slice(0, 5), label).toEqual([]);
  expect(orderProblem(got.hits, q, now), `${label}: order`).toBeNull();
  return got.total;
}

/** What is wrong with a hit (distance, occurrence, record), or null; `expect` per hit would cost more than the search. */
function hitProblem(hit: SearchHit, expected: Expected | undefined, now: number): string | null {
  if (!expected) return `unexpected hit ${hit.meeting.id}`;
  const current = currentOccurrence(expected.meeting.schedule, now);
  const want = {
    km: expected.km,
    start: current.occurrence.start,
    end: current.occurrence.end,
    inProgress: current.inProgress,
    name: expected.meeting.name,
  };
  const got = { km: hit.km, start: hit.start, end: hit.end, inProgress: hit.inProgress, name: hit.meeting.name };
  const same = (Object.keys(want) as (keyof typeof want)[]).every((key) => Object.is(want[key], got[key]));
  return same ? null : `meeting ${hit.meeting.id}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
}

/** The viewer's day an instant falls on, counted from today; luxon's calendar, not the engine's dayBounds. */
function viewerDay(instant: number, now: number, timeZone: string): number {
  const today = DateTime.fromMillis(now, { zone: timeZone }).startOf('day');
  return Math.round(DateTime.fromMillis(instant, { zone: timeZone }).startOf('day').diff(today, 'days').days);
}

/** Where the hits are out of the query's order, or null. */
function orderProblem(hits: readonly SearchHit[], q: Query, now: number): string | null {
  const band = (hit: SearchHit): number => (hit.start === null ? Infinity : hit.inProgress ? 0 : 1 + viewerDay(hit.start, now, q.timeZone));
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    let ordered: boolean;
    let shown: [unknown, unknown];
    if (q.sort === 'distance' && q.place) {
      ordered = a.km! <= b.km!;
      shown = [a.km, b.km];
    } else if (q.sort === 'today' && q.place) {
      // In progress, then later today, then each later day of the viewer's; nearest, then soonest, then slot within each.
      const ka = [band(a), a.km!, a.start ?? Infinity, a.slot];
      const kb = [band(b), b.km!, b.start ?? Infinity, b.slot];
      const first = ka.findIndex((value, k) => value !== kb[k]);
      ordered = first === -1 || ka[first]! < kb[first]!;
      shown = [ka, kb];
    } else if (q.sort === 'name') {
      ordered = collator.compare(a.meeting.name, b.meeting.name) <= 0;
      shown = [a.meeting.name, b.meeting.name];
    } else {
      // In progress first, then by start, nearer first on ties.
      const ra = a.inProgress ? 0 : 1;
      const rb = b.inProgress ? 0 : 1;
      const sa = a.start ?? Infinity;
      const sb = b.start ?? Infinity;
      ordered = ra < rb || (ra === rb && sa < sb) || (ra === rb && sa === sb && (!q.place || a.km! <= b.km!));
      shown = [
        [ra, sa, a.km],
        [rb, sb, b.km],
      ];
    }
    if (!ordered)
      return `positions ${i - 1} (${a.meeting.id}) and ${i} (${b.meeting.id}): ${JSON.stringify(shown[0])} then ${JSON.stringify(shown[1])}`;
  }
  return null;
}

/** Pages through the answer with limit and offset: every meeting exactly once, in the same order. */
function verifyPaging(index: SearchIndex, q: Query, now: number, limit: number): void {
  const label = `${describeQuery(q, now)} limit=${limit}`;
  const whole = index.search({ ...q, offset: 0, limit: ALL }, now).hits.map((h) => h.meeting.id);
  const paged: number[] = [];
  let offset: number | null = 0;
  let pages = 0;
  while (offset !== null) {
    const page = index.search({ ...q, offset, limit }, now);
    expect(page.total, label).toBe(whole.length);
    expect(page.hits.length, label).toBe(Math.min(limit, whole.length - offset));
    paged.push(...page.hits.map((h) => h.meeting.id));
    expect(page.nextOffset, label).toBe(offset + limit < whole.length ? offset + limit : null);
    offset = page.nextOffset;
    pages++;
  }
  expect(pages, label).toBe(Math.max(1, Math.ceil(whole.length / limit)));
  expect(paged, label).toEqual(whole);
  const past = index.search({ ...q, offset: whole.length + 5, limit }, now);
  expect({ hits: past.hits.length, total: past.total, next: past.nextOffset }, label).toEqual({ hits: 0, total: whole.length, next: null });
}

// --- random queries ------------------------------------------------------------------------

const FORMAT_CHOICES = ['O', 'C', 'D', 'SD', 'St', 'BT', 'JT', 'So', 'W', 'M', 'B', 'YP', 'WC', 'NS', 'VM', 'HY', 'ES', 'TC', 'CL'];
const TIMES = [
  '00:00',
  '06:30',
  '07:00',
  '09:59',
  '10:00',
  '12:00',
  '12:15',
  '17:30',
  '18:00',
  '19:00',
  '19:30',
  '20:00',
  '21:00',
  '23:00',
  '23:30',
  '23:59',
];
const CITY_PLACES = [
  'Portland, OR',
  '97201',
  'New York, NY',
  'Los Angeles, CA',
  'Chicago, IL',
  'Honolulu, HI',
  'Anchorage, AK',
  'Texas',
  'Phoenix, AZ',
  'Miami, FL',
];

function someOf<T>(r: Random, items: readonly T[], most: number): T[] {
  const count = r.int(1, most);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(r.pick(items));
  return [...chosen];
}

function randomCase(r: Random, text: string): string {
  const mode = r.int(0, 2);
  return mode === 0 ? text : mode === 1 ? text.toUpperCase() : text.toLowerCase();
}

function randomPlace(r: Random, live: readonly PublicMeeting[]): QueryPlace {
  const kind = r.int(0, 2);
  if (kind === 0) {
    const m = r.pick(live.filter((x) => x.venue.latitude !== null));
    const jitter = r.chance(0.5) ? 0 : (r.next() - 0.5) * 0.5;
    return { latitude: m.venue.latitude! + jitter, longitude: m.venue.longitude! + jitter, label: null, timeZone: m.schedule.timeZone };
  }
  if (kind === 1) {
    const resolution = usPlaces().resolve(r.pick(CITY_PLACES));
    if (!resolution.ok) throw new Error('a test place does not resolve');
    const { latitude, longitude, label, timeZone } = resolution.place;
    return { latitude, longitude, label, timeZone };
  }
  return { latitude: 25 + r.next() * 24, longitude: -124 + r.next() * 57, label: null, timeZone: null };
}

function randomQuery(
  r: Random,
  live: readonly PublicMeeting[],
  bodies: readonly ServiceBody[],
  maxId: number,
): { query: Query; now: number } {
  const now = r.pick(INSTANTS);
  const q = emptyQuery({ limit: ALL });
  if (r.chance(0.45)) {
    q.place = randomPlace(r, live);
    q.unit = r.chance(0.5) ? 'mi' : 'km';
    if (r.chance(0.6)) q.radius = r.pick(q.unit === 'mi' ? [0.5, 1, 5, 10, 25, 60, 150, 500] : [1, 2, 10, 40, 100, 300, 800]);
    if (r.chance(0.35)) q.nearest = r.pick([1, 2, 3, 10, 25, 100, 1000]);
  }
  if (r.chance(0.25)) q.days = someOf(r, [0, 1, 2, 3, 4, 5, 6] as const, 3).sort(byNumber);
  if (r.chance(0.15)) q.relativeDays = someOf<RelativeDay>(r, ['today', 'tomorrow'], 2);
  if (r.chance(0.25)) {
    q.status = r.pick<Status>(['now', 'soon', 'today']);
    if (q.status === 'soon') q.withinMinutes = r.pick([1, 15, 30, 60, 180, 600, 1440]);
  }
  if (r.chance(0.15)) q.after = r.pick(TIMES);
  if (r.chance(0.15)) q.before = r.pick(TIMES);
  if (r.chance(0.3)) q.attendance = someOf<Attendance>(r, ['in_person', 'online', 'hybrid', 'temporarily_closed'], 2);
  if (r.chance(0.15)) q.formats = someOf(r, FORMAT_CHOICES, 2);
  if (r.chance(0.12)) q.formatsAny = someOf(r, FORMAT_CHOICES, 3);
  if (r.chance(0.15)) q.formatsNot = someOf(r, FORMAT_CHOICES, 2);
  if (r.chance(0.1)) q.programs = someOf(r, ['NA', 'PEER', 'NAR-ANON', 'AA'], 2);
  if (r.chance(0.08)) q.categories = someOf(r, CHALLENGE_CATEGORIES, 2);
  if (r.chance(0.1)) q.languages = someOf(r, ['en', 'es', 'fr'], 2);
  if (r.chance(0.2)) q.states = someOf(r, [...new Set(live.flatMap((m) => m.venue.state ?? []))], 2);
  if (r.chance(0.12)) q.cities = [randomCase(r, r.pick(live.filter((m) => m.venue.city !== null)).venue.city!)];
  if (r.chance(0.1))
    q.serviceBodies = r.chance(0.1)
      ? [99_999]
      : someOf(
          r,
          bodies.map((b) => b.id),
          2,
        );
  if (r.chance(0.05)) {
    q.ids = [];
    for (let n = r.int(1, 30); n > 0; n--) q.ids.push(r.int(1, maxId + 50));
    q.ids = [...new Set(q.ids)];
  }
  if (r.chance(0.15)) {
    const words = searchableWords(r.pick(live));
    q.text = someOf(r, words, 2)
      .map((w) => (r.chance(0.4) && w.length > 3 ? w.slice(0, r.int(2, w.length - 1)) : w))
      .map((w) => randomCase(r, w))
      .join(r.pick([' ', ', ', ' - ']));
  }
  q.timeZone = q.place?.timeZone && r.chance(0.5) ? q.place.timeZone : r.pick(VIEWER_ZONES);
  q.sort = q.place ? r.pick(['today', 'distance', 'next', 'name'] as const) : r.pick(['next', 'next', 'name'] as const);
  return { query: q, now };
}

interface Coverage {
  queries: number;
  nonEmpty: number;
  features: Map<string, number>;
}

/** Runs `count` random queries, checking each against the oracle; pages through some of them. */
function runRandom(index: SearchIndex, live: () => PublicMeeting[], bodies: readonly ServiceBody[], seed: number, count: number): Coverage {
  const r = new Random(seed);
  const coverage: Coverage = { queries: 0, nonEmpty: 0, features: new Map() };
  const meetings = live();
  const maxId = Math.max(...meetings.map((m) => m.id));
  for (let i = 0; i < count; i++) {
    const { query, now } = randomQuery(r, meetings, bodies, maxId);
    const total = verify(index, meetings, bodies, query, now);
    coverage.queries++;
    if (total > 0) {
      coverage.nonEmpty++;
      const features = [
        query.place && 'place',
        query.radius !== null && 'radius',
        query.nearest !== null && 'nearest',
        query.days.length > 0 && 'days',
        query.relativeDays.length > 0 && 'relativeDays',
        query.status,
        query.after !== null && 'after',
        query.before !== null && 'before',
        query.attendance.length > 0 && 'attendance',
        query.formats.length > 0 && 'formats',
        query.formatsAny.length > 0 && 'formatsAny',
        query.formatsNot.length > 0 && 'formatsNot',
        query.programs.length > 0 && 'programs',
        query.categories.length > 0 && 'categories',
        query.languages.length > 0 && 'languages',
        query.states.length > 0 && 'states',
        query.cities.length > 0 && 'cities',
        query.serviceBodies.length > 0 && 'serviceBodies',
        query.ids.length > 0 && 'ids',
        query.text !== null && 'text',
        `sort:${query.sort}`,
      ];
      for (const f of features) if (typeof f === 'string') coverage.features.set(f, (coverage.features.get(f) ?? 0) + 1);
    }
    if (i % 4 === 0) verifyPaging(index, query, now, Math.max(r.int(1, 200), Math.ceil(total / 12)));
  }
  return coverage;
}

function expectCoverage(coverage: Coverage, features: readonly string[], atLeast: number): void {
  expect(coverage.nonEmpty / coverage.queries).toBeGreaterThan(0.4);
  for (const f of features) expect(coverage.features.get(f) ?? 0, `queries with ${f} that found something`).toBeGreaterThanOrEqual(atLeast);
}

const EVERY_FEATURE = [
  'place',
  'radius',
  'nearest',
  'days',
  'relativeDays',
  'now',
  'soon',
  'today',
  'after',
  'before',
  'attendance',
  'formats',
  'formatsAny',
  'formatsNot',
  'programs',
  'languages',
  'states',
  'cities',
  'serviceBodies',
  'ids',
  'text',
  'sort:today',
  'sort:distance',
  'sort:next',
  'sort:name',
];

// --- changes -------------------------------------------------------------------------------

/** A published meeting's copy with one thing changed; unpublished sometimes. */
function changed(
  r: Random,
  m: PublicMeeting,
  donors: readonly PublicMeeting[],
  bodies: readonly ServiceBody[],
  serial: number,
): PublicMeeting {
  const next = structuredClone(m);
  next.updatedAt = `2026-02-01T00:00:${String(serial % 60).padStart(2, '0')}.000Z`;
  switch (r.int(0, 8)) {
    case 0: {
      const donor = r.pick(donors);
      next.venue = {
        ...next.venue,
        city: donor.venue.city,
        state: donor.venue.state,
        postalCode: donor.venue.postalCode,
        latitude: donor.venue.latitude,
        longitude: donor.venue.longitude,
      };
      next.schedule = { ...next.schedule, timeZone: donor.schedule.timeZone };
      break;
    }
    case 1:
      next.schedule = {
        ...next.schedule,
        weekday: r.int(0, 6) as Weekday,
        startTime: r.pick(TIMES),
        durationMinutes: r.pick([30, 60, 90, 120]),
      };
      break;
    case 2:
      next.attendance = r.pick<Attendance>(['in_person', 'online', 'hybrid', 'temporarily_closed']);
      break;
    case 3:
      next.formats = someOf(r, FORMAT_CHOICES, 4);
      break;
    case 4:
      next.name = `${r.pick(['Zephyr', 'Quiet', 'Harbor', 'Lantern', 'Ñandú'])} ${r.pick(['Lights', 'Circle', 'Crossing', 'Group'])} ${serial}`;
      break;
    case 5:
      next.published = false;
      break;
    case 6:
      next.languages = someOf(r, ['en', 'es', 'fr'], 2);
      next.program = r.pick(['NA', 'PEER', 'AA']);
      break;
    case 7:
      next.serviceBodyId = r.chance(0.2) ? null : r.pick(bodies).id;
      break;
    default:
      next.slug = `${m.slug}-moved-${serial}`;
      next.notes = r.chance(0.5) ? null : 'Wheelchair ramp at the back; café afterwards';
      break;
  }
  return next;
}

/** The white-box count of meetings the geo index scans outside its tree; a rebuild resets it. */
function addedSinceBuild(index: SearchIndex): number {
  return index['geo'].addedCount;
}

function ids(hits: readonly SearchHit[]): number[] {
  return hits.map((h) => h.meeting.id).sort(byNumber);
}

// --- the tests -----------------------------------------------------------------------------

describe('SearchIndex against a brute-force oracle', () => {
  const data = dataset();
  const published = (): PublicMeeting[] => data.meetings.filter((m) => m.published);

  it('holds exactly the published meetings, each as given', async () => {
    const index = await loadIndex(data);
    const live = published();
    expect(live.length).toBeLessThan(data.meetings.length);
    expect(index.size).toBe(live.length);
    expect([...index.all()].map((m) => m.id).sort(byNumber)).toEqual(live.map((m) => m.id));
    for (const m of data.meetings) {
      if (m.published) {
        expect(index.get(m.id)).toEqual(m);
        expect(index.getBySlug(m.slug)).toEqual(m);
      } else {
        expect(index.get(m.id)).toBeUndefined();
        expect(index.getBySlug(m.slug)).toBeUndefined();
      }
    }
    expect(index.serviceBodies()).toEqual(data.bodies);
  });

  it('answers 400 random queries exactly as the oracle does', { timeout: LONG }, async () => {
    const index = await loadIndex(data);
    const coverage = runRandom(index, published, data.bodies, 20261124, 400);
    expectCoverage(coverage, EVERY_FEATURE, 3);
  });

  it('answers every status and relative day at every fixed instant in every viewer zone', { timeout: LONG }, async () => {
    const index = await loadIndex(data);
    const live = published();
    let found = 0;
    for (const now of INSTANTS) {
      for (const timeZone of VIEWER_ZONES) {
        const queries: Query[] = [
          emptyQuery({ status: 'now', timeZone }),
          emptyQuery({ status: 'soon', withinMinutes: 45, timeZone }),
          emptyQuery({ status: 'today', timeZone }),
          emptyQuery({ relativeDays: ['today'], timeZone }),
          emptyQuery({ relativeDays: ['tomorrow'], timeZone }),
          emptyQuery({ relativeDays: ['today', 'tomorrow'], status: 'soon', withinMinutes: 1440, timeZone }),
        ];
        for (const q of queries) found += verify(index, live, data.bodies, { ...q, limit: ALL }, now);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds the meeting that began the 25-hour fall-back day when asked at its end', async () => {
    // 23:50 PST on Sunday 2026-11-01: that day began at 00:00 PDT, 24 h 50 min earlier.
    const now = NOWS.endOfFallBackDay;
    const index = await loadIndex(data, now);
    const early = data.meetings.find((m) => m.name === 'Midnight Oil Sunday')!;
    const q = emptyQuery({ relativeDays: ['today'], timeZone: 'America/Los_Angeles', ids: [early.id], limit: ALL });
    expect(oracle(data.meetings, data.bodies, q, now).map((e) => e.meeting.id)).toEqual([early.id]);
    expect(localTime(occurrencesBetween(early.schedule, dayBounds(now, q.timeZone).start, now)[0]!.start, q.timeZone).iso).toBe(
      '2026-11-01T00:15:00-07:00',
    );
    expect(ids(index.search(q, now).hits)).toEqual([early.id]);
    verify(index, published(), data.bodies, { ...q, ids: [] }, now);
  });

  it("finds today's first meetings when asked shortly before the timetable was built", async () => {
    // Built at 00:30 PST Sunday; asked at 23:40 PST Saturday, whose day began at 00:00 PST Saturday.
    const index = await loadIndex(data, NOWS.springForwardEastLater);
    const now = NOWS.springForwardEast;
    const early = data.meetings.find((m) => m.name === 'Midnight Oil Saturday')!;
    const q = emptyQuery({ relativeDays: ['today'], timeZone: 'America/Los_Angeles', limit: ALL });
    expect(oracle([early], data.bodies, q, now)).toHaveLength(1);
    expect(ids(index.search({ ...q, ids: [early.id] }, now).hits)).toEqual([early.id]);
    verify(index, published(), data.bodies, q, now);
  });

  it('lists a meeting once when ids repeat it', async () => {
    const index = await loadIndex(data);
    const [a, b] = published();
    for (const place of [null, { latitude: a!.venue.latitude!, longitude: a!.venue.longitude!, label: null, timeZone: null }]) {
      const result = index.search(emptyQuery({ ids: [a!.id, a!.id, b!.id], place, limit: ALL }), BUILT_AT);
      expect(ids(result.hits)).toEqual([a!.id, b!.id].sort(byNumber));
      expect(result.total).toBe(2);
    }
  });

  it('ignores case and accents in text, both ways', async () => {
    const index = await loadIndex(data);
    const live = published();
    const exito = data.meetings.find((m) => m.name === 'Éxito Juntos')!;
    for (const text of ['éxito', 'EXITO', 'Éxito', 'exi', 'español', 'ESPANOL', 'reunión en', 'REUNION esp']) {
      expect(ids(index.search(emptyQuery({ text, limit: ALL }), BUILT_AT).hits), text).toContain(exito.id);
    }
    let found = 0;
    for (const text of [
      'sólo',
      'SOLO por',
      'recuperación',
      'recuperacion',
      'Ángeles',
      'angeles de',
      'Nueva',
      'nar-anon',
      'Nar Anon family',
    ]) {
      found += verify(index, live, data.bodies, emptyQuery({ text, limit: ALL }), BUILT_AT);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('orders by name alphabetically, accented names among the rest', async () => {
    const index = await loadIndex(data);
    const names = index.search(emptyQuery({ sort: 'name', limit: ALL }), BUILT_AT).hits.map((h) => h.meeting.name);
    const angeles = names.indexOf('Ángeles de Paz');
    const exito = names.indexOf('Éxito Juntos');
    expect(angeles).toBeGreaterThanOrEqual(0);
    expect(angeles).toBeLessThan(names.findIndex((n) => n.startsWith('B')));
    expect(exito).toBeGreaterThan(names.findIndex((n) => n.startsWith('E')));
    expect(exito).toBeLessThan(names.findIndex((n) => n.startsWith('F')));
    const misplaced = names.flatMap((name, i) =>
      i > 0 && collator.compare(names[i - 1]!, name) > 0 ? [`${names[i - 1]!} > ${name}`] : [],
    );
    expect(misplaced).toEqual([]);
  });

  it('follows upserts and removals without a rebuild', { timeout: LONG }, async () => {
    const index = await loadIndex(data);
    const truth = new Map(data.meetings.map((m) => [m.id, structuredClone(m)]));
    const live = (): PublicMeeting[] => [...truth.values()].filter((m) => m.published);
    const now = BUILT_AT;
    const search = (q: Partial<Query>): SearchHit[] => index.search(emptyQuery({ ...q, limit: ALL }), now).hits;
    const inPerson = live().filter((m) => m.attendance === 'in_person' && m.venue.latitude !== null);

    // Moved to another city in another state, and to another day.
    const before = inPerson[0]!;
    const donor = inPerson.find((m) => m.venue.state !== before.venue.state && m.venue.city !== before.venue.city)!;
    const moved: PublicMeeting = {
      ...before,
      venue: {
        ...before.venue,
        city: donor.venue.city,
        state: donor.venue.state,
        latitude: donor.venue.latitude,
        longitude: donor.venue.longitude,
      },
      schedule: { ...before.schedule, weekday: ((before.schedule.weekday + 3) % 7) as Weekday, timeZone: donor.schedule.timeZone },
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    index.upsert(moved);
    truth.set(moved.id, moved);
    expect(index.get(moved.id)).toEqual(moved);
    expect(ids(search({ cities: [before.venue.city!] }))).not.toContain(moved.id);
    expect(ids(search({ cities: [donor.venue.city!.toUpperCase()], states: [donor.venue.state!] }))).toContain(moved.id);
    expect(ids(search({ days: [before.schedule.weekday] }))).not.toContain(moved.id);
    expect(ids(search({ days: [moved.schedule.weekday] }))).toContain(moved.id);
    const oldSpot = { latitude: before.venue.latitude!, longitude: before.venue.longitude!, label: null, timeZone: null };
    const newSpot = { latitude: moved.venue.latitude!, longitude: moved.venue.longitude!, label: null, timeZone: null };
    expect(ids(search({ place: oldSpot, radius: 0.5 }))).not.toContain(moved.id);
    const near = search({ place: newSpot, radius: 0.5 }).find((h) => h.meeting.id === moved.id);
    expect(near?.km).toBe(0);
    expect(ids(search({ place: newSpot, nearest: 2 }))).toContain(moved.id);
    expect(ids(search({ text: foldWords(donor.venue.city!)[0]! }))).toContain(moved.id);

    // Unpublished: gone from everything.
    const hidden = inPerson[1]!;
    index.upsert({ ...hidden, published: false });
    truth.set(hidden.id, { ...hidden, published: false });
    expect(index.get(hidden.id)).toBeUndefined();
    expect(index.getBySlug(hidden.slug)).toBeUndefined();
    expect(search({ ids: [hidden.id] })).toEqual([]);
    expect(
      ids(search({ place: { ...oldSpot, latitude: hidden.venue.latitude!, longitude: hidden.venue.longitude! }, nearest: 5 })),
    ).not.toContain(hidden.id);

    // Removed: gone; removing again, or an id never seen, changes nothing.
    const removed = inPerson[2]!;
    index.remove(removed.id);
    truth.delete(removed.id);
    index.remove(removed.id);
    index.remove(987_654);
    expect(index.get(removed.id)).toBeUndefined();
    expect(index.getBySlug(removed.slug)).toBeUndefined();
    expect(search({ ids: [removed.id] })).toEqual([]);
    expect(search({ text: removed.name, ids: [removed.id] })).toEqual([]);

    // A new slug: the old one no longer answers.
    const renamed = { ...inPerson[3]!, slug: 'a-brand-new-slug' };
    index.upsert(renamed);
    truth.set(renamed.id, renamed);
    expect(index.getBySlug(inPerson[3]!.slug)).toBeUndefined();
    expect(index.getBySlug('a-brand-new-slug')).toEqual(renamed);

    // A new meeting, in progress now, with a word no other meeting has.
    const local = localTime(now - 30 * 60_000, 'America/Chicago');
    const fresh = publicMeeting(
      meetingInput({
        name: 'Quixotic Lanterns',
        schedule: { weekday: local.weekday, startTime: local.time, durationMinutes: 90, timeZone: 'America/Chicago' },
        venue: { ...meetingInput().venue, city: 'Chicago', state: 'IL', latitude: 41.8781234, longitude: -87.6298765 },
      }),
      null,
      data.meetings.length + 100,
    );
    index.upsert(fresh);
    truth.set(fresh.id, fresh);
    expect(ids(search({ text: 'quixo' }))).toEqual([fresh.id]);
    const running = search({ status: 'now', text: 'lantern' }).find((h) => h.meeting.id === fresh.id);
    expect(running?.inProgress).toBe(true);
    expect(running?.start).toBe(now - 30 * 60_000);
    expect(
      search({ place: { latitude: 41.8781234, longitude: -87.6298765, label: null, timeZone: null }, nearest: 1 })[0]?.meeting.id,
    ).toBe(fresh.id);

    // Published again: back.
    index.upsert(hidden);
    truth.set(hidden.id, hidden);
    expect(index.get(hidden.id)).toEqual(hidden);
    expect(ids(search({ ids: [hidden.id] }))).toEqual([hidden.id]);

    expect(index.size).toBe(live().length);
    expect(addedSinceBuild(index)).toBeGreaterThan(0);
    const coverage = runRandom(index, live, data.bodies, 7, 200);
    expectCoverage(coverage, ['place', 'nearest', 'text', 'now', 'sort:next'], 1);
  });

  it('stays exact through more than 2,000 upserts and the rebuild they trigger', { timeout: LONG }, async () => {
    const index = await loadIndex(data);
    const truth = new Map(data.meetings.map((m) => [m.id, structuredClone(m)]));
    const live = (): PublicMeeting[] => [...truth.values()].filter((m) => m.published);
    const donors = live().filter((m) => m.venue.latitude !== null);
    const r = new Random(2000);
    let nextId = data.meetings.length + 1;
    let publishedUpserts = 0;
    let rebuilt = false;

    const step = (serial: number): void => {
      const roll = r.next();
      if (roll < 0.05) {
        const gone = r.pick([...truth.keys()]);
        index.remove(gone);
        truth.delete(gone);
        return;
      }
      let meeting: PublicMeeting;
      if (roll < 0.1) {
        const template = r.pick(donors);
        meeting = { ...structuredClone(template), id: nextId, slug: `new-meeting-${nextId}`, name: `Fresh Start ${nextId}` };
        nextId++;
      } else {
        const current = truth.get(r.pick([...truth.keys()]))!;
        meeting = current.published ? changed(r, current, donors, data.bodies, serial) : { ...current, published: true };
      }
      const pendingBefore = addedSinceBuild(index);
      index.upsert(meeting);
      truth.set(meeting.id, meeting);
      if (meeting.published) {
        publishedUpserts++;
        if (addedSinceBuild(index) < pendingBefore) rebuilt = true;
      }
    };

    for (let serial = 0; serial < 600; serial++) step(serial);
    expect(rebuilt).toBe(false);
    expect(addedSinceBuild(index)).toBe(publishedUpserts);
    expect(index.size).toBe(live().length);
    runRandom(index, live, data.bodies, 600, 80);

    for (let serial = 600; serial < 3000; serial++) step(serial);
    expect(publishedUpserts).toBeGreaterThan(2000);
    expect(rebuilt).toBe(true);
    expect(addedSinceBuild(index)).toBeLessThan(publishedUpserts - 2000);
    expect(index.size).toBe(live().length);
    for (const m of truth.values()) {
      if (m.published) expect(index.get(m.id)).toEqual(m);
      else expect(index.get(m.id)).toBeUndefined();
    }
    expect([...index.all()].map((m) => m.id).sort(byNumber)).toEqual(
      live()
        .map((m) => m.id)
        .sort(byNumber),
    );
    const coverage = runRandom(index, live, data.bodies, 3000, 200);
    expectCoverage(coverage, ['place', 'nearest', 'text', 'now', 'states', 'cities', 'sort:name'], 2);
  });
});

describe('SearchIndex: the narrower filters BMLT needs', () => {
  const data = dataset(2000, 7);
  const published = (): PublicMeeting[] => data.meetings.filter((m) => m.published);

  /** Every published meeting, temporarily closed ones included: the base the filters narrow. */
  function base(index: SearchIndex, q: Partial<Query> = {}): SearchHit[] {
    return index.search(emptyQuery({ limit: Infinity, includeClosed: true, ...q }), BUILT_AT).hits;
  }

  it('leaves out weekdays, ways of being held, ids and service bodies, and keeps closed meetings on request', async () => {
    const index = await loadIndex(data);
    const live = published();
    const r = new Random(99);
    const bodyIds = data.bodies.map((b) => b.id);
    let nonEmpty = 0;
    for (let i = 0; i < 120; i++) {
      const q: Partial<Query> = {
        daysNot: r.chance(0.5) ? someOf(r, [0, 1, 2, 3, 4, 5, 6] as const, 3) : [],
        heldAs: r.chance(0.4) ? someOf<Attendance>(r, ['in_person', 'online', 'hybrid', 'temporarily_closed'], 2) : [],
        heldAsNot: r.chance(0.4) ? someOf<Attendance>(r, ['in_person', 'online', 'hybrid', 'temporarily_closed'], 2) : [],
        idsNot: r.chance(0.3)
          ? live
              .slice(0, 400)
              .filter(() => r.chance(0.3))
              .map((m) => m.id)
          : [],
        serviceBodies: r.chance(0.3) ? someOf(r, bodyIds, 2) : [],
        serviceBodiesNot: r.chance(0.4) ? someOf(r, bodyIds, 2) : [],
        serviceBodyScope: r.chance(0.5) ? 'tree' : 'exact',
        includeClosed: r.chance(0.7),
        place: r.chance(0.3) ? randomPlace(r, live) : null,
      };
      const tree = (roots: readonly number[]): Set<number> =>
        new Set(roots.flatMap((id) => (q.serviceBodyScope === 'tree' ? [...bodyAndBelow(data.bodies, id)] : [id])));
      const inBodies = tree(q.serviceBodies ?? []);
      const outBodies = tree(q.serviceBodiesNot ?? []);
      const want = live
        .filter((m) => (q.includeClosed || q.heldAs!.length > 0 ? true : m.attendance !== 'temporarily_closed'))
        .filter((m) => !q.daysNot!.includes(m.schedule.weekday))
        .filter((m) => q.heldAs!.length === 0 || q.heldAs!.includes(m.attendance))
        .filter((m) => !q.heldAsNot!.includes(m.attendance))
        .filter((m) => !q.idsNot!.includes(m.id))
        .filter((m) => inBodies.size === 0 || (m.serviceBodyId !== null && inBodies.has(m.serviceBodyId)))
        .filter((m) => m.serviceBodyId === null || !outBodies.has(m.serviceBodyId))
        .filter((m) => !q.place || m.venue.latitude !== null)
        .map((m) => m.id)
        .sort(byNumber);
      const got = ids(index.search(emptyQuery({ ...q, limit: Infinity }), BUILT_AT).hits);
      expect(got, JSON.stringify({ ...q, place: q.place !== null, idsNot: q.idsNot!.length })).toEqual(want);
      if (want.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('bounds the local end and the length, in each meeting’s own clock', async () => {
    const index = await loadIndex(data);
    const all = base(index).map((h) => h.meeting);
    for (const endsBefore of ['00:30', '09:00', '12:00', '20:00', '23:59']) {
      for (const [minDuration, maxDuration] of [
        [null, null],
        [60, null],
        [null, 60],
        [61, 90],
        [0, 1440],
      ] as const) {
        const q = { endsBefore, minDuration, maxDuration };
        const want = all
          .filter((m) => minutesOf(m.schedule.startTime) + m.schedule.durationMinutes <= minutesOf(endsBefore))
          .filter((m) => minDuration === null || m.schedule.durationMinutes >= minDuration)
          .filter((m) => maxDuration === null || m.schedule.durationMinutes <= maxDuration)
          .map((m) => m.id)
          .sort(byNumber);
        expect(ids(base(index, q)), JSON.stringify(q)).toEqual(want);
      }
    }
  });

  it('sorts weekly: by weekday, local start and length, with or without a place, and pages with no limit', async () => {
    const index = await loadIndex(data);
    const place = { latitude: 45.52, longitude: -122.68, label: null, timeZone: null };
    for (const q of [{}, { place, radius: 300 }, { place, nearest: 40 }] as Partial<Query>[]) {
      const hits = base(index, { ...q, sort: 'weekly' });
      const keys = hits.map((h) => [
        h.meeting.schedule.weekday,
        minutesOf(h.meeting.schedule.startTime),
        h.meeting.schedule.durationMinutes,
      ]);
      const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
      expect(keys).toEqual(sorted);
      expect(ids(hits)).toEqual(ids(base(index, q)));
      if (q.nearest) expect(hits).toHaveLength(40);
    }
    const result = index.search(emptyQuery({ limit: Infinity, sort: 'weekly' }), BUILT_AT);
    expect(result.nextOffset).toBeNull();
    expect(result.hits).toHaveLength(result.total);
    const paged = index.search(emptyQuery({ limit: 10, offset: 20, sort: 'weekly' }), BUILT_AT);
    expect(paged.hits.map((h) => h.meeting.id)).toEqual(result.hits.slice(20, 30).map((h) => h.meeting.id));
  });
});

import { meetsForNow, needsOnlineAccess } from '../domain/attendance.js';
import { distanceKm, type LatLng } from '../domain/geo.js';
import type { PublicMeeting } from '../domain/meeting.js';
import type { ServiceBody } from '../domain/service-body.js';
import { slugify } from '../domain/slug.js';
import { JURISDICTIONS, stateByCode, US_STATES } from '../domain/us-states.js';

/**
 * Counting by place, for every surface that counts (the home, state and city pages, the
 * sitemap, /api/v1/stats and `openrooms stats`): pure functions over the index's meetings.
 * One pass builds everything; the search service keeps the result per index version, so a
 * page view never walks 100,000 meetings.
 *
 * The rule, the same everywhere: a meeting counts for the state of its US venue, unless it is
 * temporarily closed: the search leaves those out unless asked, and a count must agree with
 * the search and the printed list it leads to (`meetsForNow`). The 50
 * states and DC are always listed, with zero when they have no meetings; a territory has no
 * page of its own, so it is counted apart and listed only when it has meetings. Meetings
 * outside the US, or without a state, count in the total only.
 */

/** A city (a venue city within a state), as its page addresses it. */
export interface CityCount {
  /** The spelling most of its meetings use. */
  name: string;
  /** Its page's last path segment: the name in lower case with hyphens. */
  slug: string;
  count: number;
  /** The mean of its meetings' coordinates, for "cities nearby"; null when none has any. */
  point: LatLng | null;
}

export interface StateStats {
  /** Two-letter code, upper case. */
  code: string;
  name: string;
  total: number;
  /** Meetings that someone can join from anywhere: online or hybrid. */
  onlineOrHybrid: number;
  /** Most meetings first, then by name. */
  cities: CityCount[];
  /** Meetings starting in each local hour of the week: index weekday × 24 + hour, Sunday first. */
  weekHours: number[];
  /** The ids of the meetings in each city, by city slug, in weekly order (Sunday 00:00 first). */
  meetingIdsByCity: Map<string, number[]>;
  /** Meetings per service body id, counting each body's own meetings and those of the bodies below it. */
  bodyCounts: Map<number, number>;
  /** Meetings per program code. */
  programCounts: Map<string, number>;
}

export interface PlaceStats {
  /** The index version these were counted from. */
  version: number;
  total: number;
  /** Every jurisdiction (50 states and DC), including those with no meetings, by upper-case code. */
  states: Map<string, StateStats>;
  /** Meetings in each territory that has any, by upper-case code. */
  territories: Map<string, number>;
  /** Every published meeting's slug, for the sitemap. */
  meetingSlugs: string[];
  /** Meetings per program code, everywhere. */
  programCounts: Map<string, number>;
}

/** The index as place-stats reads it: meetings and service bodies, and a version to key the cache on. */
export interface MeetingSource {
  readonly version: number;
  all(): Iterable<PublicMeeting>;
  serviceBodies(): readonly ServiceBody[];
}

/** The slug a city's page uses; the same rule for venue cities and gazetteer cities. */
export function citySlug(name: string): string {
  return slugify(name);
}

/** Hour (0–23) of a "HH:MM" local start. */
function startHour(startTime: string): number {
  const hour = Number.parseInt(startTime.slice(0, 2), 10);
  return Number.isInteger(hour) && hour >= 0 && hour < 24 ? hour : 0;
}

interface CityAccumulator {
  spellings: Map<string, number>;
  ids: { id: number; weekMinute: number; name: string }[];
  latSum: number;
  lngSum: number;
  located: number;
}

function emptyState(code: string, name: string): StateStats {
  return {
    code,
    name,
    total: 0,
    onlineOrHybrid: 0,
    cities: [],
    weekHours: new Array<number>(7 * 24).fill(0),
    meetingIdsByCity: new Map(),
    bodyCounts: new Map(),
    programCounts: new Map(),
  };
}

/** Counts meetings by state, by city within each state, by local weekday and hour, and by service body. */
export function countPlaces(meetings: Iterable<PublicMeeting>, bodies: readonly ServiceBody[], version = 0): PlaceStats {
  const states = new Map<string, StateStats>(JURISDICTIONS.map((s) => [s.code, emptyState(s.code, s.name)]));
  const cities = new Map<string, Map<string, CityAccumulator>>();
  // Slugifying is the costly part of the pass; there are far fewer city spellings than meetings.
  const slugOf = new Map<string, string>();
  const parentOf = new Map(bodies.map((b) => [b.id, b.parentId]));
  const territories = new Map<string, number>();
  const meetingSlugs: string[] = [];
  const programCounts = new Map<string, number>();
  let total = 0;

  for (const meeting of meetings) {
    // A closed meeting's page still says so, and search engines may keep it.
    meetingSlugs.push(meeting.slug);
    if (!meetsForNow(meeting.attendance)) continue;
    total++;
    programCounts.set(meeting.program, (programCounts.get(meeting.program) ?? 0) + 1);
    const venue = meeting.venue;
    if (venue.country !== 'US' || venue.state === null) continue;
    const code = venue.state.toUpperCase();
    const state = states.get(code);
    if (!state) {
      if (stateByCode(code)?.kind === 'territory') territories.set(code, (territories.get(code) ?? 0) + 1);
      continue;
    }
    state.total++;
    if (needsOnlineAccess(meeting.attendance)) state.onlineOrHybrid++;
    state.programCounts.set(meeting.program, (state.programCounts.get(meeting.program) ?? 0) + 1);
    const { weekday, startTime } = meeting.schedule;
    state.weekHours[weekday * 24 + startHour(startTime)]!++;
    // Up the tree from the meeting's body; the guard stops a parent loop in bad data.
    for (let id = meeting.serviceBodyId, guard = 0; id !== null && guard < 20; id = parentOf.get(id) ?? null, guard++) {
      state.bodyCounts.set(id, (state.bodyCounts.get(id) ?? 0) + 1);
    }

    const cityName = venue.city?.trim();
    if (!cityName) continue;
    let slug = slugOf.get(cityName);
    if (slug === undefined) {
      slug = citySlug(cityName);
      slugOf.set(cityName, slug);
    }
    if (!slug) continue;
    let byCity = cities.get(state.code);
    if (!byCity) {
      byCity = new Map<string, CityAccumulator>();
      cities.set(state.code, byCity);
    }
    let city = byCity.get(slug);
    if (!city) {
      city = { spellings: new Map(), ids: [], latSum: 0, lngSum: 0, located: 0 };
      byCity.set(slug, city);
    }
    city.spellings.set(cityName, (city.spellings.get(cityName) ?? 0) + 1);
    const minutes = startHour(startTime) * 60 + (Number.parseInt(startTime.slice(3, 5), 10) || 0);
    city.ids.push({ id: meeting.id, weekMinute: weekday * 1440 + minutes, name: meeting.name });
    if (venue.latitude !== null && venue.longitude !== null) {
      city.latSum += venue.latitude;
      city.lngSum += venue.longitude;
      city.located++;
    }
  }

  for (const [code, byCity] of cities) {
    const state = states.get(code)!;
    for (const [slug, city] of byCity) {
      // Plain comparison rather than localeCompare: this sort runs over every meeting on each count.
      city.ids.sort((a, b) => a.weekMinute - b.weekMinute || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
      state.meetingIdsByCity.set(
        slug,
        city.ids.map((entry) => entry.id),
      );
      state.cities.push({
        name: commonest(city.spellings),
        slug,
        count: city.ids.length,
        point: city.located === 0 ? null : { latitude: city.latSum / city.located, longitude: city.lngSum / city.located },
      });
    }
    state.cities.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return { version, total, states, territories, meetingSlugs, programCounts };
}

/** Meetings per state code as the statistics give them: every jurisdiction, then the territories that have meetings. */
export function meetingsByState(counts: PlaceStats): Record<string, number> {
  const byState: Record<string, number> = {};
  for (const state of JURISDICTIONS) byState[state.code] = counts.states.get(state.code)?.total ?? 0;
  for (const state of US_STATES) {
    const n = counts.territories.get(state.code);
    if (n !== undefined) byState[state.code] = n;
  }
  return byState;
}

function commonest(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Keeps the last count per source. A count walks every meeting (about 2 s for 100,000, most
 * of it unpacking the index's records), so while meetings keep changing, as in an import,
 * the counts are renewed at most once per hundred times the last count took (at most every
 * five minutes): pages then run a little behind, by far less than their cache lifetime at
 * small sizes, and the server spends no more than about 1% of its time counting.
 */
export function placeStatsCache(source: MeetingSource, clock: () => number = () => Date.now()): () => PlaceStats {
  let cached: PlaceStats | undefined;
  let countedAt = 0;
  let took = 0;
  return () => {
    const now = clock();
    if (cached === undefined || (cached.version !== source.version && now - countedAt >= Math.min(took * 100, 5 * 60_000))) {
      const start = performance.now();
      cached = countPlaces(source.all(), source.serviceBodies(), source.version);
      took = performance.now() - start;
      countedAt = now;
    }
    return cached;
  };
}

/** The service bodies with meetings in a state, regions before areas, then by meetings; zones span states and are left out. */
export function stateServiceBodies(state: StateStats, bodies: readonly ServiceBody[]): { body: ServiceBody; count: number }[] {
  const order: Record<string, number> = { region: 0, metro: 1, area: 2, group: 3, other: 4 };
  return bodies
    .filter((body) => body.type !== 'zone' && state.bodyCounts.has(body.id))
    .map((body) => ({ body, count: state.bodyCounts.get(body.id)! }))
    .sort((a, b) => (order[a.body.type] ?? 5) - (order[b.body.type] ?? 5) || b.count - a.count || a.body.name.localeCompare(b.body.name));
}

/** The cities with meetings closest to a point, nearest first. */
export function nearestCities(state: StateStats, point: LatLng, limit = 5): CityCount[] {
  return state.cities
    .filter((city): city is CityCount & { point: LatLng } => city.point !== null)
    .map((city) => ({ city, km: distanceKm(point, city.point) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, limit)
    .map((entry) => entry.city);
}

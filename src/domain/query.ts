import type { Attendance } from './attendance.js';
import type { ChallengeCategory } from './challenge.js';
import type { Weekday } from './weekday.js';

export type DistanceUnit = 'mi' | 'km';
/**
 * today (with a place): in progress, then starting later today, then each later day in the
 * viewer's zone, nearest first within each.
 * weekly: by weekday, local start and length in each meeting's own zone, as a printed schedule (and BMLT) lists them.
 */
export type SortOrder = 'today' | 'distance' | 'next' | 'name' | 'weekly';
/** tree: a service body with everything below it; exact: the body alone. */
export type ServiceBodyScope = 'tree' | 'exact';
/** now: in progress; soon: starting within `withinMinutes`; today: in progress or still to start today (viewer's day). */
export type Status = 'now' | 'soon' | 'today';
export type RelativeDay = 'today' | 'tomorrow';

export interface QueryPlace {
  latitude: number;
  longitude: number;
  /** What the place was called, for display ("Portland, OR"); null for raw coordinates. */
  label: string | null;
  /** The zone at the place: the viewer's zone when none is given. */
  timeZone: string | null;
}

/**
 * One search, whatever surface it came from: the JSON API, the web pages, the BMLT
 * switchers and the feeds all parse their parameters into this and render its results.
 * Empty lists mean "no constraint". The optional fields are the narrower filters that only
 * some surfaces (BMLT) take: absent, they constrain nothing.
 */
export interface Query {
  place: QueryPlace | null;
  /** Radius in `unit`; null with a place means the place's default radius unless `nearest` is set. */
  radius: number | null;
  unit: DistanceUnit;
  /** Exactly the N nearest (within `radius` when both are given). */
  nearest: number | null;
  /** Weekdays in each meeting's own zone. */
  days: Weekday[];
  /** Weekdays to leave out, in each meeting's own zone (BMLT's negative weekdays). */
  daysNot?: Weekday[];
  /** Days in the viewer's zone; a meeting matches when an occurrence starts during one of them. */
  relativeDays: RelativeDay[];
  /** Local start-time window in the meeting's own zone, "HH:MM": after is inclusive, before exclusive. */
  after: string | null;
  before: string | null;
  /** Latest local end "HH:MM", inclusive, in the meeting's own zone; a meeting that runs past midnight ends after any. */
  endsBefore?: string | null;
  /** Length bounds in minutes, inclusive. */
  minDuration?: number | null;
  maxDuration?: number | null;
  status: Status | null;
  withinMinutes: number;
  /** Ways a person can attend: online matches online and hybrid meetings, in_person matches in-person and hybrid ones. */
  attendance: Attendance[];
  /**
   * Exactly these ways of being held (BMLT's venue_types): unlike `attendance`, which asks
   * what serves a person, in_person here does not match hybrid meetings.
   */
  heldAs?: Attendance[];
  heldAsNot?: Attendance[];
  /** List temporarily closed meetings without asking for them by attendance (feeds that mark them instead). */
  includeClosed?: boolean;
  formats: string[];
  formatsAny: string[];
  formatsNot: string[];
  programs: string[];
  categories: ChallengeCategory[];
  languages: string[];
  states: string[];
  cities: string[];
  /** Service bodies to include (empty: any) and to leave out. */
  serviceBodies: number[];
  serviceBodiesNot?: number[];
  /** Whether the two lists above take in the bodies below each one. */
  serviceBodyScope?: ServiceBodyScope;
  /** Meeting ids to include (empty: any); BMLT's meeting_ids. */
  ids: number[];
  idsNot?: number[];
  text: string | null;
  sort: SortOrder;
  /** Page size; Infinity for every match (feeds that load everything). */
  limit: number;
  offset: number;
  /** The viewer's IANA zone. */
  timeZone: string;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 200;
export const MAX_NEAREST = 1000;
export const DEFAULT_WITHIN_MINUTES = 60;
export const DEFAULT_RADIUS_MILES = 25;
export const MAX_RADIUS = { mi: 500, km: 800 } as const;

export function emptyQuery(overrides: Partial<Query> = {}): Query {
  return {
    place: null,
    radius: null,
    unit: 'mi',
    nearest: null,
    days: [],
    relativeDays: [],
    after: null,
    before: null,
    status: null,
    withinMinutes: DEFAULT_WITHIN_MINUTES,
    attendance: [],
    formats: [],
    formatsAny: [],
    formatsNot: [],
    programs: [],
    categories: [],
    languages: [],
    states: [],
    cities: [],
    serviceBodies: [],
    ids: [],
    text: null,
    sort: 'next',
    limit: DEFAULT_LIMIT,
    offset: 0,
    timeZone: 'UTC',
    ...overrides,
  };
}

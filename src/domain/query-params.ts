import { ATTENDANCE, type Attendance } from './attendance.js';
import { CHALLENGE_CATEGORIES, type ChallengeCategory } from './challenge.js';
import { dayFromWord } from './day-words.js';
import { KM_PER_MILE } from './geo.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_RADIUS_MILES,
  MAX_LIMIT,
  MAX_NEAREST,
  MAX_RADIUS,
  emptyQuery,
  type DistanceUnit,
  type Query,
  type QueryPlace,
  type RelativeDay,
  type SortOrder,
  type Status,
} from './query.js';
import { givenValues, listValues, type RawParams } from './raw-params.js';
import { isTimeOfDay } from './time-of-day.js';
import { canonicalTimeZone } from './time-zone.js';
import { stateByCode, stateByName } from './us-states.js';
import type { Weekday } from './weekday.js';

/** A bad parameter: the API answers 400 with these fields, the pages show it by the field. */
export class QueryError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly suggestions: string[] = [],
    /** The message without its list of suggestions, for a page that shows them as links of their own. */
    readonly brief: string = message,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

export interface ResolvedPlace {
  latitude: number;
  longitude: number;
  label: string;
  timeZone: string;
  radiusMiles: number;
}

/** What parsing needs from outside the domain: the gazetteer and the codes that exist. */
export interface QueryContext {
  resolvePlace(text: string): { ok: true; place: ResolvedPlace } | { ok: false; suggestions: { label: string }[] };
  formatCodes: ReadonlySet<string>;
  programCodes: ReadonlySet<string>;
}

export type { RawParams } from './raw-params.js';

/** Every parameter the search takes; anything else is refused so typos do not pass silently. */
export const QUERY_PARAMETERS = [
  'lat',
  'lng',
  'near',
  'radius',
  'unit',
  'nearest',
  'day',
  'after',
  'before',
  'status',
  'within',
  'attendance',
  'formats',
  'formats_any',
  'formats_not',
  'program',
  'category',
  'language',
  'state',
  'city',
  'service_body',
  'ids',
  'q',
  'sort',
  'limit',
  'cursor',
  'tz',
] as const;

const MAX_LIST = 200;

/** All values of a list parameter, once each: repeated (`day=1&day=2`) and comma-separated (`day=1,2`) alike. */
function values(params: RawParams, name: string): string[] {
  const list = [...new Set(listValues(params, name))];
  if (list.length > MAX_LIST) throw new QueryError(name, `${name} takes at most ${MAX_LIST} values`);
  return list;
}

/** A parameter that takes one value, commas and all ("Portland, OR"). */
function single(params: RawParams, name: string): string | null {
  const list = givenValues(params, name);
  if (list.length > 1) throw new QueryError(name, `${name} takes one value, not ${list.length}`);
  return list[0] ?? null;
}

function number(params: RawParams, name: string, min: number, max: number, integer = false): number | null {
  const text = single(params, name);
  if (text === null) return null;
  const value = Number(text);
  const kind = integer ? 'a whole number' : 'a number';
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new QueryError(name, `${name} must be ${kind} from ${min} to ${max}, not "${text.slice(0, 40)}"`);
  }
  return value;
}

function oneOf<T extends string>(params: RawParams, name: string, allowed: readonly T[]): T[] {
  return values(params, name).map((value) => {
    const match = allowed.find((a) => a === value.toLowerCase());
    if (!match) throw new QueryError(name, `${name} must be one or more of: ${allowed.join(', ')}; "${value.slice(0, 40)}" is not one`);
    return match;
  });
}

function parsePlace(params: RawParams, context: QueryContext): { place: QueryPlace; radiusMiles: number } | null {
  const near = single(params, 'near');
  const lat = number(params, 'lat', -90, 90);
  const lng = number(params, 'lng', -180, 180);
  if (near !== null && (lat !== null || lng !== null)) {
    throw new QueryError('near', 'give either near or lat and lng, not both');
  }
  if ((lat === null) !== (lng === null)) {
    throw new QueryError(lat === null ? 'lat' : 'lng', 'lat and lng must be given together');
  }
  if (lat !== null && lng !== null) {
    return { place: { latitude: lat, longitude: lng, label: null, timeZone: null }, radiusMiles: DEFAULT_RADIUS_MILES };
  }
  if (near === null) return null;
  if (near.length > 100) throw new QueryError('near', 'near must be a ZIP code, "City, ST" or a state, at most 100 characters');
  const resolved = context.resolvePlace(near);
  if (!resolved.ok) {
    const labels = resolved.suggestions.map((s) => s.label);
    const hint = labels.length > 0 ? ` Did you mean: ${labels.join('; ')}?` : ' Try a 5-digit ZIP code, "City, ST" or a state name.';
    const brief = `We could not find the place "${near}".`;
    throw new QueryError('near', `${brief}${hint}`, labels, labels.length > 0 ? brief : undefined);
  }
  const { latitude, longitude, label, timeZone, radiusMiles } = resolved.place;
  return { place: { latitude, longitude, label, timeZone }, radiusMiles };
}

function parseDays(params: RawParams): { days: Weekday[]; relativeDays: RelativeDay[] } {
  const days = new Set<Weekday>();
  const relativeDays = new Set<RelativeDay>();
  for (const value of values(params, 'day')) {
    const word = value.toLowerCase();
    if (word === 'today' || word === 'tomorrow') relativeDays.add(word);
    else {
      const day = dayFromWord(word);
      if (day === null)
        throw new QueryError(
          'day',
          `day must be 0 (Sunday) to 6 (Saturday), a day name, today or tomorrow; "${value.slice(0, 40)}" is none of these`,
        );
      days.add(day);
    }
  }
  return { days: [...days].sort(), relativeDays: [...relativeDays] };
}

function parseTime(params: RawParams, name: 'after' | 'before'): string | null {
  const value = single(params, name);
  if (value !== null && !isTimeOfDay(value)) throw new QueryError(name, `${name} must be a 24-hour time "HH:MM", such as 18:00`);
  return value;
}

function parseCodes(params: RawParams, name: string, known: ReadonlySet<string>): string[] {
  return values(params, name).map((value) => {
    if (known.has(value)) return value;
    const loose = [...known].filter((code) => code.toLowerCase() === value.toLowerCase());
    if (loose.length === 1) return loose[0]!;
    throw new QueryError(name, `${name}: unknown code "${value.slice(0, 40)}"; see /api/v1/formats for the codes`);
  });
}

function parseStates(params: RawParams): string[] {
  return values(params, 'state').map((value) => {
    const state = stateByCode(value) ?? stateByName(value);
    if (!state)
      throw new QueryError('state', `state must be a US state code or name such as OR or Oregon; "${value.slice(0, 40)}" is not one`);
    return state.code;
  });
}

function parseOffset(params: RawParams): number {
  const cursor = single(params, 'cursor');
  if (cursor === null) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,24}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const match = /^o:(\d{1,7})$/.exec(decoded);
  if (!match) throw new QueryError('cursor', 'cursor must be a value taken from the "next" field of an earlier answer');
  return Number(match[1]);
}

/** The opaque cursor that asks for the page starting at `offset`. */
export function cursorFor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/**
 * Parses search parameters (as the JSON API and the web pages receive them) into a Query,
 * or throws a QueryError naming the first parameter at fault and what it accepts.
 */
export function parseQueryParams(params: RawParams, context: QueryContext): Query {
  for (const name of Object.keys(params)) {
    if (!(QUERY_PARAMETERS as readonly string[]).includes(name)) {
      throw new QueryError(name, `unknown parameter "${name.slice(0, 40)}"; the search takes: ${QUERY_PARAMETERS.join(', ')}`);
    }
  }
  const located = parsePlace(params, context);
  const units = oneOf<DistanceUnit>(params, 'unit', ['mi', 'km']);
  if (units.length > 1) throw new QueryError('unit', 'unit takes one value: mi or km');
  const unit = units[0] ?? 'mi';
  const radius = number(params, 'radius', 0.1, MAX_RADIUS[unit]);
  const nearest = number(params, 'nearest', 1, MAX_NEAREST, true);
  if (!located && radius !== null) throw new QueryError('radius', 'radius needs a place: give near, or lat and lng');
  if (!located && nearest !== null) throw new QueryError('nearest', 'nearest needs a place: give near, or lat and lng');

  const statuses = oneOf<Status>(params, 'status', ['now', 'soon', 'today']);
  if (statuses.length > 1) throw new QueryError('status', 'status takes one value: now, soon or today');
  const within = number(params, 'within', 1, 24 * 60, true);
  if (within !== null && statuses[0] !== 'soon') throw new QueryError('within', 'within (minutes) goes with status=soon');

  const sort = oneOf<SortOrder>(params, 'sort', ['today', 'distance', 'next', 'name']);
  if (sort.length > 1) throw new QueryError('sort', 'sort takes one value: today, distance, next or name');
  if (sort[0] === 'distance' && !located) throw new QueryError('sort', 'sort=distance needs a place: give near, or lat and lng');

  const tzText = single(params, 'tz');
  const viewerZone = tzText === null ? null : canonicalTimeZone(tzText);
  if (tzText !== null && viewerZone === null) throw new QueryError('tz', 'tz must be an IANA time zone such as America/Chicago');

  const languages = values(params, 'language').map((value) => {
    if (!/^[a-zA-Z]{2,3}$/.test(value)) throw new QueryError('language', 'language must be ISO 639 codes such as en or es');
    return value.toLowerCase();
  });
  const text = single(params, 'q');
  if (text !== null && text.length > 200) throw new QueryError('q', 'q must be at most 200 characters');
  const cities = values(params, 'city');
  if (cities.some((c) => c.length > 100)) throw new QueryError('city', 'city must be at most 100 characters');
  const numbers = (name: string): number[] =>
    values(params, name).map((value) => {
      if (!/^[1-9]\d{0,9}$/.test(value)) throw new QueryError(name, `${name} must be positive whole numbers`);
      return Number(value);
    });

  const { days, relativeDays } = parseDays(params);
  const place = located?.place ?? null;
  return emptyQuery({
    place,
    radius: radius ?? (located && nearest === null ? convertMiles(located.radiusMiles, unit) : null),
    unit,
    nearest,
    days,
    relativeDays,
    after: parseTime(params, 'after'),
    before: parseTime(params, 'before'),
    status: statuses[0] ?? null,
    withinMinutes: within ?? 60,
    attendance: oneOf<Attendance>(params, 'attendance', ATTENDANCE),
    formats: parseCodes(params, 'formats', context.formatCodes),
    formatsAny: parseCodes(params, 'formats_any', context.formatCodes),
    formatsNot: parseCodes(params, 'formats_not', context.formatCodes),
    programs: parseCodes(params, 'program', context.programCodes),
    categories: oneOf<ChallengeCategory>(params, 'category', CHALLENGE_CATEGORIES),
    languages,
    states: parseStates(params),
    cities,
    serviceBodies: numbers('service_body'),
    ids: numbers('ids'),
    text,
    sort: sortOrder(sort[0], place !== null),
    limit: number(params, 'limit', 1, MAX_LIMIT, true) ?? DEFAULT_LIMIT,
    offset: parseOffset(params),
    timeZone: viewerZone ?? place?.timeZone ?? 'UTC',
  });
}

/** Today first is the usual order near a place; with no place to be near, it is soonest first. */
function sortOrder(given: SortOrder | undefined, hasPlace: boolean): SortOrder {
  if (hasPlace) return given ?? 'today';
  return given === undefined || given === 'today' ? 'next' : given;
}

function convertMiles(miles: number, unit: DistanceUnit): number {
  return unit === 'mi' ? miles : Math.round(miles * KM_PER_MILE * 10) / 10;
}

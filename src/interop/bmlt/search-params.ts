import type { NumberedFormat } from '../../domain/format.js';
import { QueryError, type QueryContext } from '../../domain/query-params.js';
import { emptyQuery, type Query, type QueryPlace } from '../../domain/query.js';
import { fromBmltWeekday, HELD_AS, isFieldKey, type FieldKey } from './fields.js';
import { formatLanguage } from './formats.js';
import { decimal, flag, has, integer, list, signedChoices, signedIds, single, type Params } from './params.js';
import { sortKeysOf } from './sort.js';

/** What GetSearchResults answers: the meetings, the meetings and their formats, or the formats alone. */
export type SearchShape = 'meetings' | 'with_formats' | 'formats_only';

/** A GetSearchResults request, parsed: the one search query plus what BMLT does around it. */
export interface SearchPlan {
  query: Query;
  /** True when the request can match nothing (an unknown format required, unpublished only…). */
  nothing: boolean;
  /** `data_field_key`: only these fields; null for all. */
  fields: ReadonlySet<FieldKey> | null;
  /** Field keys to order by; null to keep the index's order (weekly, or by distance). */
  sortKeys: FieldKey[] | null;
  /** `meeting_key` + `meeting_key_value`: an exact match on one field's BMLT value. */
  meetingKey: { key: FieldKey; value: string } | null;
  page: { size: number; number: number } | null;
  shape: SearchShape;
  /** Language of format text. */
  lang: string;
}

export interface SearchParseContext {
  formats: readonly NumberedFormat[];
  resolvePlace: QueryContext['resolvePlace'];
}

/** BMLT's own bounds are loose; these keep a request from asking for the absurd. */
const MAX_WIDTH_KM = 20_000;
const MAX_NEAREST = 100_000;
const MAX_PAGE_SIZE = 100_000;

/** H and M of one of BMLT's time pairs (StartsAfterH/M…) as minutes of the day, or null when neither is given. */
function timePair(params: Params, prefix: string, maxHours: number): number | null {
  const hours = integer(params, `${prefix}H`, 0, maxHours);
  const minutes = integer(params, `${prefix}M`, 0, 59);
  if (hours === null && minutes === null) return null;
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Format ids to codes. An unknown id required by AND (or every id of an OR) can match nothing. */
function parseFormats(params: Params, formats: readonly NumberedFormat[], query: Query): boolean {
  const ids = signedIds(params, 'formats', 'format ids (see GetFormats)');
  const operator = (single(params, 'formats_comparison_operator') ?? 'AND').toUpperCase();
  if (operator !== 'AND' && operator !== 'OR') {
    throw new QueryError('formats_comparison_operator', 'formats_comparison_operator must be AND or OR');
  }
  const codeOf = new Map(formats.map((f) => [f.id, f.code]));
  const wanted = ids.include.flatMap((id) => codeOf.get(id) ?? []);
  query.formatsNot = ids.exclude.flatMap((id) => codeOf.get(id) ?? []);
  if (operator === 'AND') query.formats = wanted;
  else query.formatsAny = wanted;
  if (ids.include.length === 0) return false;
  return operator === 'AND' ? wanted.length < ids.include.length : wanted.length === 0;
}

/**
 * How far BMLT's auto radius reaches: its `calculateSearchRadius` grows a radius up to 200
 * units (miles, or km with geo_width_km) and stops there, so a place with no meeting that
 * near answers nothing. Helpline routing (yap) reads that empty answer as "no meetings near
 * this caller", so the ceiling is kept, while N itself is exact here.
 */
export const AUTO_RADIUS_CEILING = 200;

/** A signed width: negative is the N nearest (within the ceiling), positive a radius in `unit`. */
function applyWidth(query: Query, width: number, unit: 'mi' | 'km', name: string): void {
  if (width === 0) throw new QueryError(name, `${name} must not be 0: give a radius, or −N for the N nearest meetings`);
  query.unit = unit;
  if (width < 0) {
    const nearest = Math.round(-width);
    if (nearest < 1 || nearest > MAX_NEAREST) throw new QueryError(name, `${name} as −N takes N from 1 to ${MAX_NEAREST}`);
    query.nearest = nearest;
    query.radius = AUTO_RADIUS_CEILING;
  } else query.radius = width;
}

function parsePlace(params: Params, query: Query): void {
  const latitude = decimal(params, 'lat_val', -90, 90);
  const longitude = decimal(params, 'long_val', -180, 180);
  if (latitude === null && longitude === null) return;
  if (latitude === null || longitude === null) {
    throw new QueryError(latitude === null ? 'lat_val' : 'long_val', 'lat_val and long_val must be given together');
  }
  query.place = { latitude, longitude, label: null, timeZone: null };
  const miles = decimal(params, 'geo_width', -MAX_NEAREST, MAX_WIDTH_KM);
  const km = decimal(params, 'geo_width_km', -MAX_NEAREST, MAX_WIDTH_KM);
  if (miles !== null && km !== null) throw new QueryError('geo_width_km', 'give geo_width (miles) or geo_width_km, not both');
  // Without a width, every located meeting matches, with its distance.
  if (miles !== null) applyWidth(query, miles, 'mi', 'geo_width');
  if (km !== null) applyWidth(query, km, 'km', 'geo_width_km');
}

/**
 * `SearchString`: an address when `StringSearchIsAnAddress=1` (found in the offline gazetteer,
 * no paid geocoder), a comma list of meeting ids when it is all digits, otherwise words.
 * Like BMLT, words of two letters or fewer are ignored.
 */
function parseSearchString(params: Params, query: Query, context: SearchParseContext): void {
  const text = single(params, 'SearchString');
  if (text === null) return;
  if (text.length > 200) throw new QueryError('SearchString', 'SearchString takes at most 200 characters');
  if (flag(params, 'StringSearchIsAnAddress')) {
    const resolved = context.resolvePlace(text);
    if (!resolved.ok) {
      const labels = resolved.suggestions.map((s) => s.label);
      const hint = labels.length > 0 ? ` Did you mean: ${labels.join('; ')}?` : ' Try a 5-digit ZIP code, "City, ST" or a state name.';
      throw new QueryError('SearchString', `We could not find the place "${text.slice(0, 100)}".${hint}`, labels);
    }
    const { latitude, longitude, label, timeZone, radiusMiles } = resolved.place;
    const place: QueryPlace = { latitude, longitude, label, timeZone };
    query.place = place;
    query.radius = null;
    query.nearest = null;
    const radius = decimal(params, 'SearchStringRadius', -MAX_NEAREST, MAX_WIDTH_KM);
    applyWidth(query, radius ?? radiusMiles, 'mi', 'SearchStringRadius');
    return;
  }
  if (/^\d+(\s*,\s*\d+)*$/.test(text)) {
    query.ids = [...new Set([...query.ids, ...text.split(',').map((id) => Number(id.trim()))])];
    return;
  }
  if (text.length > 2) query.text = text;
}

function parseMeetingKey(params: Params): { key: FieldKey; value: string } | null | 'nothing' {
  const key = single(params, 'meeting_key');
  if (key === null) return null;
  if (!isFieldKey(key)) throw new QueryError('meeting_key', 'meeting_key must be one of the keys GetFieldKeys lists');
  const raw = single(params, 'meeting_key_value');
  if (raw === null) return 'nothing';
  // Times compare as BMLT writes them: "7:30" and "07:30" are "07:30:00".
  const time = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(raw);
  const value = (key === 'start_time' || key === 'duration_time') && time ? `${time[1]!.padStart(2, '0')}:${time[2]}:00` : raw;
  return { key, value };
}

function parseFields(params: Params): ReadonlySet<FieldKey> | null {
  const keys = list(params, 'data_field_key').filter(isFieldKey);
  return keys.length > 0 ? new Set(keys) : null;
}

/** Parses GetSearchResults' parameters; throws QueryError naming the bad one. */
export function parseSearchParams(params: Params, context: SearchParseContext): SearchPlan {
  // Every match by default (one client loads all with page_size=5000), temporarily closed
  // ones included: BMLT lists them, marked with the TC format.
  const query = emptyQuery({ limit: Infinity, sort: 'weekly', includeClosed: true });
  let nothing = false;

  const ids = signedIds(params, 'meeting_ids', 'meeting ids');
  query.ids = ids.include;
  query.idsNot = ids.exclude;

  const days = signedChoices(params, 'weekdays', 7, 'weekdays 1 (Sunday) to 7 (Saturday), negative to exclude');
  query.days = days.include.map(fromBmltWeekday).sort();
  query.daysNot = days.exclude.map(fromBmltWeekday);

  const venues = signedChoices(params, 'venue_types', 3, 'venue types 1 (in person), 2 (virtual) or 3 (hybrid), negative to exclude');
  query.heldAs = venues.include.flatMap((v) => HELD_AS[v as 1 | 2 | 3]);
  query.heldAsNot = venues.exclude.flatMap((v) => HELD_AS[v as 1 | 2 | 3]);

  const services = signedIds(params, 'services', 'service body ids (see GetServiceBodies)');
  query.serviceBodies = services.include;
  query.serviceBodiesNot = services.exclude;
  query.serviceBodyScope = flag(params, 'recursive') ? 'tree' : 'exact';

  nothing = parseFormats(params, context.formats, query) || nothing;

  // BMLT's start bounds are both strict; ours are "after, inclusive": start one minute later.
  const startsAfter = timePair(params, 'StartsAfter', 23);
  if (startsAfter !== null) {
    if (startsAfter === 24 * 60 - 1) nothing = true;
    else query.after = hhmm(startsAfter + 1);
  }
  const startsBefore = timePair(params, 'StartsBefore', 23);
  if (startsBefore !== null) query.before = hhmm(startsBefore);
  const endsBefore = timePair(params, 'EndsBefore', 23);
  if (endsBefore !== null) query.endsBefore = hhmm(endsBefore);
  query.minDuration = timePair(params, 'MinDuration', 24);
  query.maxDuration = timePair(params, 'MaxDuration', 24);

  parsePlace(params, query);
  parseSearchString(params, query, context);
  if (query.place && flag(params, 'sort_results_by_distance')) query.sort = 'distance';

  // Anonymous callers see published meetings only; asking for unpublished ones alone finds none.
  const published = single(params, 'advanced_published');
  if (published !== null && !['1', '0', '-1'].includes(published)) {
    throw new QueryError('advanced_published', 'advanced_published must be 1 (published), 0 (both) or -1 (unpublished)');
  }
  if (published === '-1') nothing = true;

  const meetingKey = parseMeetingKey(params);
  if (meetingKey === 'nothing') nothing = true;

  const size = integer(params, 'page_size', 1, MAX_PAGE_SIZE);
  const number = size === null ? null : (integer(params, 'page_num', 1, 1_000_000) ?? 1);

  return {
    query,
    nothing,
    fields: parseFields(params),
    sortKeys: query.sort === 'distance' ? null : sortKeysOf(params),
    meetingKey: meetingKey === 'nothing' ? null : meetingKey,
    page: size === null || number === null ? null : { size, number },
    shape: has(params, 'get_formats_only') ? 'formats_only' : has(params, 'get_used_formats') ? 'with_formats' : 'meetings',
    lang: formatLanguage(params),
  };
}

import type { Attendance } from '../../domain/attendance.js';
import { isObj, type Obj } from '../../domain/field-reader.js';
import { NO_DEFAULTS, type FeedDefaults, type FeedMeeting, type ParsedFeed, type SkippedRow } from '../parsed-feed.js';
import { buildMeeting, type FeedRow } from '../clean/build-meeting.js';
import { ATTENDANCE_FORMATS } from '../clean/catalogue-index.js';
import { settleFeedPlaces } from '../clean/settle-feed-places.js';
import { formatsOfKeys } from '../clean/source-formats.js';
import { looseContacts } from '../clean/loose-contacts.js';
import { bmltDay } from '../clean/loose-day.js';
import { looseText, quote } from '../clean/loose-text.js';
import { durationMinutes, looseTime } from '../clean/loose-time.js';
import { DATA_FIELDS } from './fields.js';
import { BmltFormatMatcher } from './format-matcher.js';
import { parseBmltFormats, type BmltFormatRow } from './parse-formats.js';

export { parseBmltFormats, type BmltFormatRow } from './parse-formats.js';
export { parseBmltServiceBodies } from './parse-service-bodies.js';

const DEFAULT_DURATION = 60;

// venue_type: 1 in person, 2 virtual, 3 hybrid (BMLT's Meeting model). 4 is not BMLT's,
// but a "temporarily closed" value has been proposed; reading it costs nothing.
const VENUE_TYPES: ReadonlyMap<string, Attendance> = new Map([
  ['1', 'in_person'],
  ['2', 'online'],
  ['3', 'hybrid'],
  ['4', 'temporarily_closed'],
]);

/** Fields read into the meeting, and per-answer fields not worth keeping; the rest go to extras. */
const CONSUMED = new Set([
  'id_bigint',
  'worldid_mixed',
  'service_body_bigint',
  'weekday_tinyint',
  'venue_type',
  'start_time',
  'duration_time',
  'time_zone',
  'formats',
  'format_shared_id_list',
  'lang_enum',
  'longitude',
  'latitude',
  'published',
  // The data fields we publish are the ones we read back.
  ...DATA_FIELDS,
  'email_contact',
  'contact_name_1',
  'contact_email_1',
  'contact_phone_1',
  'contact_name_2',
  'contact_email_2',
  'contact_phone_2',
  // Properties of the answer or the server, not of the meeting.
  'distance_in_km',
  'distance_in_miles',
  'root_server_uri',
  'root_server_id',
  'service_body_name',
]);

const LIST_SEPARATOR = /\s*,\s*/;

interface ReadFormats {
  formats: string[];
  /** Keys of the server's formats that mean nothing here: kept as formats of the source. */
  unknown: string[];
  languages: string[];
  temporarilyClosed: boolean;
  hybrid: boolean;
  virtual: boolean;
}

function readFormats(row: Obj, matcher: BmltFormatMatcher, warnings: string[]): ReadFormats {
  const result: ReadFormats = { formats: [], unknown: [], languages: [], temporarilyClosed: false, hybrid: false, virtual: false };
  const keep = (key: string): void => {
    warnings.push(`unknown format ${quote(key)} kept as a format of this source`);
    if (!result.unknown.includes(key)) result.unknown.push(key);
  };
  const ids = looseText(row.format_shared_id_list);
  const keys = looseText(row.formats);
  const take = (code: string | null, language: string | null): void => {
    if (code === ATTENDANCE_FORMATS.temporarilyClosed) result.temporarilyClosed = true;
    if (code === ATTENDANCE_FORMATS.hybrid) result.hybrid = true;
    if (code === ATTENDANCE_FORMATS.online) result.virtual = true;
    if (code !== null && !result.formats.includes(code)) result.formats.push(code);
    if (language !== null && !result.languages.includes(language)) result.languages.push(language);
  };
  if (ids !== null && matcher.hasFormats) {
    for (const id of ids.split(LIST_SEPARATOR)) {
      if (id === '') continue;
      const format = matcher.row(id);
      if (!format) {
        warnings.push(`unknown format id ${quote(id)} dropped`);
        continue;
      }
      const meaning = matcher.meaningOfRow(format);
      if (meaning.code === null && meaning.language === null) keep(format.key_string);
      take(meaning.code, meaning.language);
    }
    return result;
  }
  if (keys === null) return result;
  for (const key of keys.split(LIST_SEPARATOR)) {
    if (key === '') continue;
    const meaning = matcher.meaningOfKey(key);
    if (meaning.code === null && meaning.language === null) keep(key);
    take(meaning.code, meaning.language);
  }
  return result;
}

function readAttendance(row: Obj, formats: ReadFormats, warnings: string[]): Attendance | null {
  const venueType = looseText(row.venue_type);
  if (venueType !== null) {
    const declared = VENUE_TYPES.get(venueType);
    if (declared) return declared;
    warnings.push(`venue_type ${quote(venueType)} not recognised: read from the data`);
  }
  // Servers older than venue_type said it with formats.
  if (formats.hybrid) return 'hybrid';
  if (formats.virtual) return 'online';
  return null;
}

/** String (or number) fields nobody reads, kept so nothing is lost on import. */
function extrasOf(row: Obj): Record<string, string> {
  const extras: Record<string, string> = {};
  for (const key of Object.keys(row)) {
    if (CONSUMED.has(key)) continue;
    const value = looseText(row[key]);
    if (value !== null) extras[key] = value;
  }
  return extras;
}

function parseOne(row: Obj, matcher: BmltFormatMatcher, warnings: string[]): (FeedRow & { unknownFormats: string[] }) | string {
  const name = looseText(row.meeting_name);
  if (name === null) return 'no meeting_name';
  const weekday = bmltDay(row.weekday_tinyint);
  if (weekday === null) return `weekday_tinyint ${quote(row.weekday_tinyint ?? '')} is not 1 (Sunday) to 7 (Saturday)`;
  const startTime = looseTime(row.start_time);
  if (startTime === null) return `start_time ${quote(row.start_time ?? '')} is not a time`;
  let duration = durationMinutes(row.duration_time);
  if (duration === null) {
    warnings.push(`duration_time ${quote(row.duration_time ?? '')} not usable: ${DEFAULT_DURATION} minutes assumed`);
    duration = DEFAULT_DURATION;
  }
  const formats = readFormats(row, matcher, warnings);
  const langEnum = looseText(row.lang_enum)?.toLowerCase() ?? null;
  const languages = formats.languages.length > 0 ? formats.languages : langEnum !== null && /^[a-z]{2,3}$/.test(langEnum) ? [langEnum] : [];
  const published = looseText(row.published);
  const contacts = looseContacts(
    [
      {
        name: looseText(row.contact_name_1),
        email: looseText(row.contact_email_1) ?? looseText(row.email_contact),
        phone: looseText(row.contact_phone_1),
      },
      { name: looseText(row.contact_name_2), email: looseText(row.contact_email_2), phone: looseText(row.contact_phone_2) },
    ],
    warnings,
  );
  return {
    name,
    weekday,
    startTime,
    durationMinutes: duration,
    timeZone: looseText(row.time_zone),
    declaredAttendance: readAttendance(row, formats, warnings),
    temporarilyClosed: formats.temporarilyClosed,
    place: {
      name: looseText(row.location_text),
      street: looseText(row.location_street),
      citySubsection: looseText(row.location_city_subsection),
      neighborhood: looseText(row.location_neighborhood),
      // Servers in New York City file Brooklyn under the borough, with no municipality.
      city: looseText(row.location_municipality) ?? looseText(row.location_city_subsection),
      county: looseText(row.location_sub_province),
      state: looseText(row.location_province),
      postalCode: looseText(row.location_postal_code_1),
      country: looseText(row.location_nation),
      latitude: row.latitude,
      longitude: row.longitude,
      approximate: false,
      notes: looseText(row.location_info),
      regions: [],
      trainLines: looseText(row.train_lines),
      busLines: looseText(row.bus_lines),
    },
    online: {
      url: looseText(row.virtual_meeting_link),
      urlNotes: looseText(row.virtual_meeting_additional_info),
      phone: looseText(row.phone_meeting_number),
      phoneNotes: null,
    },
    formats: formats.formats,
    unknownFormats: formats.unknown,
    languages,
    notes: looseText(row.comments),
    groupName: null,
    groupNotes: null,
    worldId: looseText(row.worldid_mixed),
    website: null,
    contacts,
    published: published !== '0',
    extras: extrasOf(row),
  };
}

/**
 * Reads a BMLT GetSearchResults answer (a list of meetings, or `{meetings, formats}` from
 * get_used_formats=1) into meeting inputs. `formats` (a GetFormats answer, parsed) wins over
 * the answer's own. Each meeting's `id_bigint` is its external id; rows that cannot become
 * a meeting are reported in `skipped`, with the reason, and never throw.
 */
export function parseBmltMeetings(payload: unknown, formats?: readonly BmltFormatRow[], defaults: FeedDefaults = NO_DEFAULTS): ParsedFeed {
  const feed: ParsedFeed = { meetings: [], serviceBodies: [], skipped: [] };
  let rows: unknown[];
  if (Array.isArray(payload)) rows = payload;
  else if (isObj(payload) && Array.isArray(payload.meetings)) rows = payload.meetings as unknown[];
  else {
    feed.skipped.push({ row: 0, externalId: null, name: null, reason: 'not a BMLT GetSearchResults answer (a list of meetings)' });
    return feed;
  }
  const matcher = new BmltFormatMatcher(formats ?? (isObj(payload) ? parseBmltFormats(payload.formats) : []));
  const seen = new Set<string>();
  for (const [index, item] of rows.entries()) {
    const row = index + 1;
    if (!isObj(item)) {
      feed.skipped.push({ row, externalId: null, name: null, reason: 'not a meeting object' });
      continue;
    }
    const externalId = looseText(item.id_bigint);
    const name = looseText(item.meeting_name);
    const reason = externalId === null ? 'no id_bigint' : seen.has(externalId) ? 'duplicate id_bigint' : null;
    if (reason !== null || externalId === null) {
      feed.skipped.push({ row, externalId, name, reason: reason ?? 'no id_bigint' } satisfies SkippedRow);
      continue;
    }
    seen.add(externalId);
    const warnings: string[] = [];
    const read = parseOne(item, matcher, warnings);
    const built = typeof read === 'string' ? { ok: false as const, reason: read } : buildMeeting(read, warnings, defaults);
    if (!built.ok) {
      feed.skipped.push({ row, externalId, name, reason: built.reason });
      continue;
    }
    feed.meetings.push({
      externalId,
      row,
      input: built.input,
      serviceBodyExternalId: looseText(item.service_body_bigint),
      warnings,
      place: built.place,
      ...(typeof read !== 'string' && read.unknownFormats.length > 0 ? { sourceFormats: read.unknownFormats } : {}),
    } satisfies FeedMeeting);
  }
  settleFeedPlaces(feed);
  // The server's formats that mean nothing here, used or not (a root server's whole GetFormats),
  // and the keys that meetings gave with no format row to describe them.
  const described = matcher.sourceFormats();
  const own = [...described, ...formatsOfKeys(feed.meetings).filter((f) => !described.some((d) => d.key === f.key))];
  if (own.length > 0) feed.formats = own;
  return feed;
}

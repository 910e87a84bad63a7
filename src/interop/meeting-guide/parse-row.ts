import { CATALOGUE } from '../clean/catalogue-index.js';
import type { Attendance } from '../../domain/attendance.js';
import { isObj, type Obj } from '../../domain/field-reader.js';
import type { Weekday } from '../../domain/weekday.js';
import type { FeedDefaults, FeedMeeting, SkippedRow } from '../parsed-feed.js';
import { buildMeeting, type FeedRow } from '../clean/build-meeting.js';
import { splitFormattedAddress, type AddressParts } from '../clean/formatted-address.js';
import { looseContacts } from '../clean/loose-contacts.js';
import { looseDay } from '../clean/loose-day.js';
import { looseText, quote } from '../clean/loose-text.js';
import { FULL_DAY_MINUTES, looseTime, minutesBetween } from '../clean/loose-time.js';
import { resolveType } from './type-lookup.js';

const DEFAULT_DURATION = 60;
const MAX_DURATION = 12 * 60;

/** How the caller's source writes things it is allowed to write. */
export interface RowOptions {
  /** Spreadsheets name types in plain words ("Open, Wheelchair Access"); that is no repair. */
  typeNamesExpected: boolean;
  /** What the source or the command line says of every row. */
  defaults?: FeedDefaults;
}

/** One row read: the meetings it holds (several for a day array) or why it was skipped. */
export type RowResult = { ok: true; slug: string; meetings: FeedMeeting[] } | { ok: false; skipped: SkippedRow };

// TSML's attendance_option values; "inactive" is a closed venue with no online meeting.
const ATTENDANCE_OPTIONS: ReadonlyMap<string, Attendance> = new Map([
  ['in_person', 'in_person'],
  ['online', 'online'],
  ['hybrid', 'hybrid'],
  ['inactive', 'temporarily_closed'],
]);

/** The keys read into the meeting's own fields; every other key of a row is kept in extras. */
export const MEETING_GUIDE_READ_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'slug',
  'day',
  'time',
  'end_time',
  'timezone',
  'types',
  'formatted_address',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'latitude',
  'longitude',
  'approximate',
  'region',
  'sub_region',
  'regions',
  'location',
  'location_notes',
  'notes',
  'group',
  'group_notes',
  'url',
  'conference_url',
  'conference_url_notes',
  'conference_phone',
  'conference_phone_notes',
  'attendance_option',
  'contact_1_name',
  'contact_1_email',
  'contact_1_phone',
  'contact_2_name',
  'contact_2_email',
  'contact_2_phone',
  'contact_3_name',
  'contact_3_email',
  'contact_3_phone',
]);

interface ReadTypes {
  formats: string[];
  /** Types nobody here knows, kept as formats of the source under the feed's own words. */
  unknown: string[];
  languages: string[];
  online: boolean;
  temporarilyClosed: boolean;
}

function readTypes(raw: unknown, options: RowOptions, warnings: string[]): ReadTypes {
  const result: ReadTypes = { formats: [], unknown: [], languages: [], online: false, temporarilyClosed: false };
  // The spec says an array; sheets and some plugins send "O, X".
  const tokens: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').map((t) => t.trim()) : [];
  if (raw !== undefined && raw !== null && raw !== '' && !Array.isArray(raw) && typeof raw !== 'string') {
    warnings.push(`types ${quote(raw)} is not a list: dropped`);
  }
  const codes: string[] = [];
  // Formats read from a general type (LIT → Book Study), which a specific one of ours replaces.
  const fromGeneral = new Map<string, string>();
  const explicit = new Set<string>();
  for (const token of tokens) {
    if (typeof token !== 'string' || token.trim() === '') {
      if (typeof token !== 'string') warnings.push(`type ${quote(token)} is not a code: dropped`);
      continue;
    }
    const { meaning, how } = resolveType(token);
    if (meaning === null) {
      const key = token.trim();
      warnings.push(`unknown type ${quote(key)} kept as a format of this source`);
      if (!result.unknown.includes(key)) result.unknown.push(key);
      continue;
    }
    if (how === 'repaired' || (how === 'name' && !options.typeNamesExpected) || (how === 'ours' && token !== meaning.code)) {
      warnings.push(`type ${quote(token)} read as "${meaning.code}"`);
    }
    codes.push(meaning.code);
    if (meaning.online) result.online = true;
    if (meaning.temporarilyClosed) result.temporarilyClosed = true;
    if (meaning.language !== null && !result.languages.includes(meaning.language)) result.languages.push(meaning.language);
    if (meaning.format !== null) {
      if (how === 'ours' || how === 'na') explicit.add(meaning.format);
      else if (meaning.format !== meaning.code) fromGeneral.set(meaning.format, meaning.code);
      if (!result.formats.includes(meaning.format)) result.formats.push(meaning.format);
    } else if (meaning.language === null && !meaning.online) {
      // A spec type newer than the catalogue: kept as the source's, like any type we do not know.
      warnings.push(`type "${meaning.code}" (${meaning.name}) has no format here: kept as a format of this source`);
      if (!result.unknown.includes(meaning.code)) result.unknown.push(meaning.code);
    }
  }
  // Our own feeds send "LIT" with "BT": Basic Text is what was meant, not Book Study as well.
  for (const [format, general] of fromGeneral) {
    const specific = [...explicit].some((code) => code !== format && CATALOGUE.byCode.get(code)?.meetingGuideCode === general);
    if (specific && !explicit.has(format)) result.formats = result.formats.filter((code) => code !== format);
  }
  // Speaker and Discussion together is NA's Speaker/Discussion, which every type set says with the two.
  if (result.formats.includes('So') && result.formats.includes('D')) {
    result.formats = result.formats.flatMap((code) => (code === 'So' ? ['SD'] : code === 'D' ? [] : [code]));
  }
  if (result.formats.includes('SD')) result.formats = result.formats.filter((code) => code !== 'So' && code !== 'D');
  // 12 Step Meeting List's rule: a meeting said to be both is closed.
  if (result.formats.includes('O') && result.formats.includes('C')) {
    warnings.push('types "O" and "C" both given: kept "C"');
    result.formats = result.formats.filter((code) => code !== 'O');
  }
  return result;
}

function readDays(raw: unknown, warnings: string[]): { days: Weekday[]; isList: boolean } | string {
  if (raw === undefined || raw === null || raw === '') return 'no day (not a weekly meeting)';
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' && raw.includes(',') ? raw.split(',') : null;
  if (list === null) {
    const day = looseDay(raw);
    return day === null ? `day ${quote(raw)} is not a weekday` : { days: [day], isList: false };
  }
  const days: Weekday[] = [];
  for (const item of list) {
    const day = looseDay(item);
    if (day === null) warnings.push(`day ${quote(item)} is not a weekday: dropped`);
    else if (!days.includes(day)) days.push(day);
  }
  if (days.length === 0) return `day ${quote(raw)} holds no weekday`;
  // A one-day list is the same meeting as a plain day, and keeps the plain external id.
  return { days, isList: days.length > 1 };
}

function readAddress(row: Obj): AddressParts {
  const explicit: AddressParts = {
    street: looseText(row.address),
    city: looseText(row.city),
    state: looseText(row.state),
    postalCode: looseText(row.postal_code),
    country: looseText(row.country),
  };
  // A lone "address" holding commas is a whole address (12 Step Meeting List exports write
  // formatted_address under the "Address" column).
  const onlyStreet = explicit.city === null && explicit.state === null && explicit.postalCode === null;
  const formatted = looseText(row.formatted_address) ?? (onlyStreet && explicit.street?.includes(',') ? explicit.street : null);
  if (formatted === null) return explicit;
  const split = splitFormattedAddress(formatted);
  const fromLine = formatted === explicit.street;
  return {
    street: (fromLine ? null : explicit.street) ?? split.street,
    city: explicit.city ?? split.city,
    state: explicit.state ?? split.state,
    postalCode: explicit.postalCode ?? split.postalCode,
    country: explicit.country ?? split.country,
  };
}

function readRegions(row: Obj): string[] {
  const regions = row.regions;
  if (Array.isArray(regions)) return regions.map(looseText).filter((r): r is string => r !== null);
  // Sheets separate regions with ">".
  const text = looseText(regions);
  if (text !== null)
    return text
      .split('>')
      .map((r) => r.trim())
      .filter((r) => r !== '');
  return [looseText(row.region), looseText(row.sub_region)].filter((r): r is string => r !== null);
}

function readApproximate(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  const text = looseText(raw)?.toLowerCase();
  return text === 'yes' || text === 'true' || text === '1';
}

function extrasOf(row: Obj, websiteTaken: 'url' | 'website' | null): Record<string, string> {
  const extras: Record<string, string> = {};
  for (const key of Object.keys(row)) {
    if (MEETING_GUIDE_READ_FIELDS.has(key) || key === websiteTaken) continue;
    const value = row[key];
    const text = Array.isArray(value)
      ? value
          .map(looseText)
          .filter((v) => v !== null)
          .join(', ')
      : looseText(value);
    if (text !== null && text !== '') extras[key] = text;
  }
  return extras;
}

function parseOne(
  row: Obj,
  options: RowOptions,
  warnings: string[],
): (Omit<FeedRow, 'weekday'> & { days: Weekday[]; isList: boolean; unknownTypes: string[] }) | string {
  const name = looseText(row.name);
  if (name === null) return 'no name';
  const hasDay = row.day !== undefined && row.day !== null && row.day !== '';
  const timeText = looseText(row.time);
  if (!hasDay && timeText === null) return 'no day or time (not a weekly meeting)';
  const days = readDays(row.day, warnings);
  if (typeof days === 'string') return days;
  if (timeText === null) return 'no time (not a weekly meeting)';
  const startTime = looseTime(timeText);
  if (startTime === null) return `time ${quote(timeText)} is not a time`;
  const endText = looseText(row.end_time);
  const endTime = looseTime(endText);
  let duration = endTime === null ? null : minutesBetween(startTime, endTime);
  // Past midnight is real (23:30 to 00:30); an end half an hour before the start is a typo,
  // but a day less one minute (00:00 to 23:59) is a 24-hour meeting.
  if (duration !== null && duration > MAX_DURATION && duration !== FULL_DAY_MINUTES) duration = null;
  if (duration === null) {
    warnings.push(
      endText === null
        ? `no end time: ${DEFAULT_DURATION} minutes assumed`
        : `end time ${quote(endText)} not usable: ${DEFAULT_DURATION} minutes assumed`,
    );
    duration = DEFAULT_DURATION;
  }
  const types = readTypes(row.types, options, warnings);
  const option = looseText(row.attendance_option)?.toLowerCase() ?? null;
  const declared = option === null ? null : (ATTENDANCE_OPTIONS.get(option) ?? null);
  if (option !== null && declared === null) warnings.push(`attendance_option ${quote(option)} not recognised: read from the data`);
  const hasOnlineData = looseText(row.conference_url) !== null || looseText(row.conference_phone) !== null;
  // 12 Step Meeting List adds ONL to every meeting with a link, so it says "has a link", not
  // "online only": attendance comes from the data, and ONL without a link is ignored.
  if (types.online && !hasOnlineData) warnings.push('type "ONL" without a conference URL or phone: ignored');
  const url = looseText(row.url);
  const website = looseText(row.website);
  const address = readAddress(row);
  return {
    name,
    days: days.days,
    isList: days.isList,
    startTime,
    durationMinutes: duration,
    timeZone: looseText(row.timezone) ?? looseText(row.time_zone),
    declaredAttendance: declared === 'temporarily_closed' ? null : declared,
    temporarilyClosed: types.temporarilyClosed || declared === 'temporarily_closed',
    place: {
      name: looseText(row.location),
      street: address.street,
      citySubsection: null,
      neighborhood: null,
      city: address.city,
      county: null,
      state: address.state,
      postalCode: address.postalCode,
      country: address.country,
      latitude: row.latitude,
      longitude: row.longitude,
      approximate: readApproximate(row.approximate),
      notes: looseText(row.location_notes),
      regions: readRegions(row),
      trainLines: null,
      busLines: null,
    },
    online: {
      url: looseText(row.conference_url),
      urlNotes: looseText(row.conference_url_notes),
      phone: looseText(row.conference_phone),
      phoneNotes: looseText(row.conference_phone_notes),
    },
    formats: types.formats,
    unknownTypes: types.unknown,
    languages: types.languages,
    notes: looseText(row.notes),
    groupName: looseText(row.group),
    groupNotes: looseText(row.group_notes),
    worldId: null,
    website: url ?? website,
    contacts: looseContacts(
      [1, 2, 3].map((n) => ({
        name: looseText(row[`contact_${n}_name`]),
        email: looseText(row[`contact_${n}_email`]),
        phone: looseText(row[`contact_${n}_phone`]),
      })),
      warnings,
    ),
    published: true,
    extras: extrasOf(row, url !== null ? 'url' : website !== null ? 'website' : null),
  };
}

/**
 * Reads one Meeting Guide row (JSON, or a spreadsheet row already turned into JSON keys).
 * The external id is the row's `slug` (the spec's primary key), or its `id` when it has no
 * slug. A `day` array becomes one meeting per day, each with the id `${slug}#${day}`.
 */
export function parseMeetingGuideRow(item: unknown, row: number, options: RowOptions): RowResult {
  const skip = (externalId: string | null, name: string | null, reason: string): RowResult => ({
    ok: false,
    skipped: { row, externalId, name, reason },
  });
  if (!isObj(item)) return skip(null, null, Array.isArray(item) ? 'a list, not a meeting object' : 'not a meeting object');
  const slug = looseText(item.slug) ?? looseText(item.id);
  const name = looseText(item.name);
  if (slug === null) return skip(null, name, 'no slug');
  const warnings: string[] = [];
  const read = parseOne(item, options, warnings);
  if (typeof read === 'string') return skip(slug, name, read);
  const meetings: FeedMeeting[] = [];
  for (const day of read.days) {
    const dayWarnings = [...warnings];
    const built = buildMeeting({ ...read, weekday: day }, dayWarnings, options.defaults);
    if (!built.ok) return skip(slug, name, built.reason);
    meetings.push({
      externalId: read.isList ? `${slug}#${day}` : slug,
      row,
      input: built.input,
      serviceBodyExternalId: null,
      warnings: dayWarnings,
      place: built.place,
      ...(read.unknownTypes.length > 0 ? { sourceFormats: read.unknownTypes } : {}),
    });
  }
  return { ok: true, slug, meetings };
}

import type { Attendance } from '../../domain/attendance.js';
import { FORMAT_CATALOGUE } from '../../domain/formats-catalogue.js';
import type { Contact, MeetingInput, OnlineAccess, Venue } from '../../domain/meeting.js';
import { validateMeetingInput, type MeetingRules } from '../../domain/meeting-validation.js';
import { DEFAULT_PROGRAM, STARTER_PROGRAMS } from '../../domain/program.js';
import type { Weekday } from '../../domain/weekday.js';
import { NO_DEFAULTS, type FeedDefaults, type PlaceEvidence } from '../parsed-feed.js';
import { ATTENDANCE_FORMATS } from './catalogue-index.js';
import { cleanVenue, placeApproximately, type FeedPlace } from './clean-venue.js';
import { looseUrl, loosePhone } from './loose-online.js';
import { plainTextFromHtml } from './plain-text-from-html.js';
import { zoneFor } from './zone-for.js';

/**
 * A meeting as a feed parser reads it, before the cleaning both feeds share: text fields
 * trimmed (null when blank) but not yet checked, codes already mapped to ours. The BMLT and
 * Meeting Guide parsers each fill one of these; `buildMeeting` does the rest once.
 */
export interface FeedRow {
  name: string;
  weekday: Weekday;
  startTime: string;
  durationMinutes: number;
  timeZone: string | null;
  /** What the source says about attendance (BMLT venue_type, TSML attendance_option), if anything. */
  declaredAttendance: Attendance | null;
  /** The source marks the venue temporarily closed (format or type TC). */
  temporarilyClosed: boolean;
  place: FeedPlace;
  online: { url: string | null; urlNotes: string | null; phone: string | null; phoneNotes: string | null };
  /** Our catalogue codes. */
  formats: string[];
  /** ISO 639-1 codes; empty means the validator's default. */
  languages: string[];
  notes: string | null;
  groupName: string | null;
  groupNotes: string | null;
  worldId: string | null;
  website: string | null;
  contacts: Contact[];
  published: boolean;
  extras: Record<string, string>;
}

export type Built = { ok: true; input: MeetingInput; place: PlaceEvidence } | { ok: false; reason: string };

// The rules a fresh store starts with: a row that fails them would fail the import too.
const CATALOGUE_RULES: MeetingRules = {
  formatCodes: new Set(FORMAT_CATALOGUE.map((format) => format.code)),
  programCodes: new Set(STARTER_PROGRAMS.map((program) => program.code)),
};

function stripped(value: string | null, field: string, warnings: string[]): string | null {
  const { text, changed } = plainTextFromHtml(value);
  if (changed) warnings.push(`HTML removed from ${field}`);
  return text;
}

function joinNotes(...parts: (string | null)[]): string | null {
  const kept = parts.filter((part): part is string => part !== null);
  return kept.length === 0 ? null : kept.join('\n');
}

function cleanOnline(online: FeedRow['online'], warnings: string[]): OnlineAccess {
  const url = looseUrl(online.url, 'conference URL');
  if (url.warning) warnings.push(url.warning);
  const phone = loosePhone(online.phone, 'conference phone');
  if (phone.warning) warnings.push(phone.warning);
  return {
    conferenceUrl: url.value,
    conferenceUrlNotes: stripped(online.urlNotes, 'conference URL notes', warnings),
    conferencePhone: phone.phone,
    conferencePhoneNotes: joinNotes(stripped(online.phoneNotes, 'conference phone notes', warnings), phone.rest),
  };
}

/**
 * Attendance from what the source declared and what the row really holds. A closed venue
 * that still meets online is online (as the attendance type says); a declaration the data
 * cannot support is corrected with a warning, or the row is skipped when nothing is left.
 */
function settleAttendance(row: FeedRow, venue: Venue, online: OnlineAccess, warnings: string[]): Attendance | { reason: string } {
  const hasOnline = online.conferenceUrl !== null || online.conferencePhone !== null;
  const hasCoordinates = venue.latitude !== null;
  const hasPlace = (venue.city !== null || hasCoordinates) && (venue.street !== null || venue.name !== null || hasCoordinates);
  const physical = venue.street !== null && !venue.approximate;
  if (row.temporarilyClosed) return hasOnline ? 'online' : 'temporarily_closed';
  const declared = row.declaredAttendance ?? (hasOnline ? (physical ? 'hybrid' : 'online') : 'in_person');
  switch (declared) {
    case 'online':
      return hasOnline ? 'online' : { reason: 'online meeting without a conference URL or phone' };
    case 'hybrid':
      if (!hasOnline && hasPlace) {
        warnings.push('hybrid meeting without a conference URL or phone: kept as in-person');
        return 'in_person';
      }
      if (hasOnline && !hasPlace) {
        warnings.push('hybrid meeting without an address: kept as online');
        return 'online';
      }
      return hasOnline ? 'hybrid' : { reason: 'hybrid meeting without an address or a conference URL or phone' };
    case 'in_person':
      if (hasPlace) return 'in_person';
      if (hasOnline) {
        warnings.push('in-person meeting without an address: kept as online');
        return 'online';
      }
      return { reason: 'in-person meeting without an address' };
    case 'temporarily_closed':
      return 'temporarily_closed';
  }
}

/** The attendance formats follow the settled attendance, whatever the feed's formats said. */
function formatsFor(formats: readonly string[], attendance: Attendance, temporarilyClosed: boolean): string[] {
  const { online, hybrid, temporarilyClosed: closed } = ATTENDANCE_FORMATS;
  const kept = formats.filter((code) => code !== online && code !== hybrid && code !== closed);
  if (attendance === 'online') kept.push(online);
  if (attendance === 'hybrid') kept.push(hybrid);
  if (attendance === 'temporarily_closed' || temporarilyClosed) kept.push(closed);
  return [...new Set(kept)];
}

/**
 * Cleans what both feeds share (places, links, phones, HTML, time zone, attendance) and
 * checks the result with the same validation the import runs, against the catalogue's
 * formats, so that every meeting handed on is one the import can store. `warnings` gets
 * one line per repair.
 */
export function buildMeeting(row: FeedRow, warnings: string[], defaults: FeedDefaults = NO_DEFAULTS): Built {
  const cleaned = cleanVenue(row.place, warnings);
  const { venue } = cleaned;
  const online = cleanOnline(row.online, warnings);
  const attendance = settleAttendance(row, venue, online, warnings);
  if (typeof attendance !== 'string') return { ok: false, reason: attendance.reason };
  const approximate = placeApproximately(cleaned);
  const onlineOnly = attendance === 'online';
  const zone = zoneFor({
    given: row.timeZone ?? defaults.timeZone,
    latitude: venue.latitude,
    longitude: venue.longitude,
    state: venue.state,
    country: venue.country,
    countryFrom: cleaned.countryFrom,
    onlineOnly,
    approximate,
  });
  if (zone.warning) warnings.push(zone.warning);
  const place: PlaceEvidence = {
    zone: zone.certainty,
    country: cleaned.countryFrom === 'none' ? 'none' : cleaned.countryFrom === 'coordinates' && onlineOnly ? 'guess' : 'firm',
    unplaced:
      zone.zone !== null
        ? null
        : row.timeZone === null
          ? 'no time zone, coordinates or US state'
          : `time zone ${JSON.stringify(row.timeZone)} not recognised, and no coordinates or US state`,
  };
  const website = looseUrl(row.website, 'website');
  if (website.warning) warnings.push(website.warning);

  const input: MeetingInput = {
    name: row.name,
    slug: null,
    program: defaults.program ?? DEFAULT_PROGRAM,
    categories: ['addiction'],
    serviceBodyId: null,
    groupName: row.groupName,
    groupNotes: stripped(row.groupNotes, 'group notes', warnings),
    worldId: row.worldId,
    // A row with no zone yet waits for the feed's (see settleFeedPlaces); UTC only holds its place.
    schedule: { weekday: row.weekday, startTime: row.startTime, durationMinutes: row.durationMinutes, timeZone: zone.zone ?? 'UTC' },
    attendance,
    venue,
    online,
    formats: formatsFor(row.formats, attendance, row.temporarilyClosed),
    languages: row.languages,
    notes: stripped(row.notes, 'notes', warnings),
    website: website.value,
    contacts: row.contacts,
    adminNotes: null,
    published: row.published,
    sample: false,
    provenance: { source: null, externalId: null },
    extras: row.extras,
  };
  const checked = validateMeetingInput(input, CATALOGUE_RULES);
  if (!checked.ok) {
    return { ok: false, reason: `invalid: ${checked.problems.map((p) => `${p.field} ${p.message}`).join('; ')}` };
  }
  return { ok: true, input: checked.value, place };
}

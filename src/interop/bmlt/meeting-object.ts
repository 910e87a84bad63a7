import { KM_PER_MILE } from '../../domain/geo.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { bmltDuration, bmltTime, toBmltWeekday, VENUE_TYPE, type BmltMeeting, type FieldKey } from './fields.js';
import type { FormatTable } from './formats.js';

/** What rendering needs besides the meeting: the formats that exist, body names, and where this server is. */
export interface RenderContext {
  formats: FormatTable;
  serviceBodyNames: ReadonlyMap<number, string>;
  rootServerUri: string;
}

const TEMPORARILY_CLOSED = 'TC';

function text(value: string | null | undefined): string {
  return value ?? '';
}

function joined(...parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p.trim() !== '').join(' ');
}

/** The codes a meeting shows: a temporarily closed one says so with TC, as BMLT marks it. */
function codesOf(meeting: PublicMeeting): string[] {
  return meeting.attendance === 'temporarily_closed' && !meeting.formats.includes(TEMPORARILY_CLOSED)
    ? [...meeting.formats, TEMPORARILY_CLOSED]
    : meeting.formats;
}

/**
 * A meeting as BMLT's GetSearchResults answers it: every field present, every value a
 * string, weekdays from 1 = Sunday, times as "HH:MM:SS". Private fields never appear:
 * `email_contact` is always empty for the anonymous callers we serve.
 */
export function bmltMeeting(meeting: PublicMeeting, km: number | null, context: RenderContext): Required<BmltMeeting> {
  const { venue, online, schedule } = meeting;
  const formats = context.formats.ordered(codesOf(meeting));
  const body = meeting.serviceBodyId;
  return {
    id_bigint: String(meeting.id),
    worldid_mixed: text(meeting.worldId),
    shared_group_id_bigint: '',
    service_body_bigint: body === null ? '' : String(body),
    service_body_name: body === null ? '' : text(context.serviceBodyNames.get(body)),
    weekday_tinyint: String(toBmltWeekday(schedule.weekday)),
    venue_type: String(VENUE_TYPE[meeting.attendance]),
    start_time: bmltTime(schedule.startTime),
    duration_time: bmltDuration(schedule.durationMinutes),
    time_zone: schedule.timeZone,
    formats: formats.map((f) => f.code).join(','),
    lang_enum: meeting.languages[0] ?? 'en',
    longitude: venue.longitude === null ? '' : String(venue.longitude),
    latitude: venue.latitude === null ? '' : String(venue.latitude),
    distance_in_km: km === null ? '' : String(km),
    distance_in_miles: km === null ? '' : String(km / KM_PER_MILE),
    email_contact: '',
    published: meeting.published ? '1' : '0',
    root_server_uri: context.rootServerUri,
    format_shared_id_list: formats
      .map((f) => f.id)
      .sort((a, b) => a - b)
      .join(','),
    meeting_name: meeting.name,
    location_text: text(venue.name),
    location_info: text(venue.notes),
    location_street: text(venue.street),
    location_city_subsection: text(venue.citySubsection),
    location_neighborhood: text(venue.neighborhood),
    location_municipality: text(venue.city),
    location_sub_province: text(venue.county),
    location_province: text(venue.state),
    location_postal_code_1: text(venue.postalCode),
    location_nation: venue.country,
    comments: text(meeting.notes),
    train_lines: text(venue.trainLines),
    bus_lines: text(venue.busLines),
    phone_meeting_number: text(online.conferencePhone),
    virtual_meeting_link: text(online.conferenceUrl),
    virtual_meeting_additional_info: joined(online.conferenceUrlNotes, online.conferencePhoneNotes),
  };
}

/**
 * Only the asked-for fields (`data_field_key`), in BMLT's order. As in BMLT, the group id
 * is left out of any selection.
 */
export function pickFields(meeting: Required<BmltMeeting>, keys: ReadonlySet<FieldKey> | null): BmltMeeting {
  if (keys === null) return meeting;
  const picked: BmltMeeting = {};
  for (const key of Object.keys(meeting) as FieldKey[]) if (keys.has(key) && key !== 'shared_group_id_bigint') picked[key] = meeting[key];
  return picked;
}

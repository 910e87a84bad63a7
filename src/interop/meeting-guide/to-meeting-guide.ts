import { needsOnlineAccess, type Attendance } from '../../domain/attendance.js';
import { publicExtras, type PublicMeeting } from '../../domain/meeting.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { minutesOfDay } from '../../domain/time-of-day.js';
import type { Weekday } from '../../domain/weekday.js';
import { MEETING_GUIDE_READ_FIELDS } from './parse-row.js';
import { meetingGuideTypes, typeTable, type TypeTable, type TypedFormat } from './to-meeting-guide-types.js';
import { publicNotes } from './to-sample-notes.js';

/**
 * TSML's (12 Step Meeting List) attendance vocabulary. Not in the Meeting Guide spec, but
 * the WordPress plugin publishes and imports it, so feeds carry it.
 */
export type MeetingGuideAttendance = 'in_person' | 'online' | 'hybrid' | 'inactive';

/**
 * One meeting of a Meeting Guide feed (code4recovery/spec README). Absent values are left
 * out rather than sent empty: the spec says to omit a field that does not apply.
 */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: Weekday;
  /** "HH:MM", 24 h, in `timezone`. */
  time: string;
  /** "HH:MM"; earlier than `time` when the meeting runs past midnight. */
  end_time: string;
  timezone: string;
  types: string[];
  notes?: string;
  location?: string;
  location_notes?: string;
  formatted_address?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  latitude?: number;
  longitude?: number;
  approximate: 'yes' | 'no';
  regions?: string[];
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  group?: string;
  group_notes?: string;
  url?: string;
  /** "YYYY-MM-DD HH:MM:SS", UTC. */
  updated?: string;
  entity?: string;
  entity_url?: string;
  entity_phone?: string;
  attendance_option: MeetingGuideAttendance;
}

/**
 * A feed entry with the source's own fields that we keep but have no column for
 * (`feedback_url`, `feedback_emails`, `venmo`, `paypal`, `square`, `edit_url`,
 * `location_url`, `entity_email`, …), sent out again under their own names.
 */
export type MeetingGuideEntry = MeetingGuideMeeting & { readonly [field: string]: string | string[] | number | undefined };

/** The public face of a service body that a feed may name as the listing's entity. */
export type FeedEntity = Pick<ServiceBody, 'name' | 'website' | 'helpline'>;

export interface MeetingGuideContext {
  /** Each format's Meeting Guide types, in each program's type set. */
  types: TypeTable;
  /** The page to link for a meeting without a website of its own; null leaves `url` out. */
  pageUrl: ((meeting: PublicMeeting) => string) | null;
  /** The service body responsible for a meeting, for the `entity` fields. */
  entity: (serviceBodyId: number) => FeedEntity | undefined;
}

export interface MeetingGuideContextOptions {
  formats: readonly TypedFormat[];
  pageUrl?: ((meeting: PublicMeeting) => string) | null;
  serviceBodies?: readonly (FeedEntity & { id: number })[];
}

export function meetingGuideContext({ formats, pageUrl = null, serviceBodies = [] }: MeetingGuideContextOptions): MeetingGuideContext {
  const bodies = new Map(serviceBodies.map((body) => [body.id, body]));
  return {
    types: typeTable(formats),
    pageUrl,
    entity: (id) => bodies.get(id),
  };
}

const ATTENDANCE_OPTION: Record<Attendance, MeetingGuideAttendance> = {
  in_person: 'in_person',
  online: 'online',
  hybrid: 'hybrid',
  temporarily_closed: 'inactive',
};

const pad2 = (value: number): string => String(value).padStart(2, '0');

/**
 * The wall-clock end; the spec has no day for it, so a meeting past midnight wraps. A whole
 * day ends a minute before it starts ("00:00" to "23:59"), as feeds write a 24-hour meeting.
 */
export function endTime(startTime: string, durationMinutes: number): string {
  const length = Math.min(Math.round(durationMinutes), 1439);
  const minutes = (((minutesOfDay(startTime) + length) % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** An ISO instant as the spec's "YYYY-MM-DD HH:MM:SS" in UTC, or null when it is not one. */
export function updatedStamp(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** "100 Example St, Portland, OR 97201, US": the one-line form clients show and geocode. */
export function formattedAddress(venue: PublicMeeting['venue']): string | undefined {
  const stateLine = [venue.state, venue.postalCode].map(text).filter(Boolean).join(' ');
  const parts = [venue.street, venue.city, stateLine, venue.country].map(text).filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Drops the keys whose value is undefined, so that JSON and deep equality agree. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

// The fields this feed writes from the meeting's own columns: an extra never replaces one.
// (The entity fields are the service body's when it has one; see passedThrough.)
const WRITTEN: ReadonlySet<string> = new Set([...MEETING_GUIDE_READ_FIELDS, 'formatted_address', 'updated']);

// Fields the spec defines as lists; extras keep them as comma-separated text.
const LIST_FIELDS: ReadonlySet<string> = new Set(['feedback_emails']);

const isEntityField = (key: string): boolean => key === 'entity' || key.startsWith('entity_');

/**
 * The fields a source gave that we keep in `extras`, under their own names. Private ones
 * never (the domain's rule, applied again here so that no caller can forget it), nor one
 * this feed writes itself. The entity fields come as a set: when the meeting's service body
 * is the entity, the source's `entity_*` are left out rather than mixed with the body's.
 */
function passedThrough(extras: Readonly<Record<string, string>>, bodyIsEntity: boolean): [string, string | string[]][] {
  const out: [string, string | string[]][] = [];
  for (const [key, value] of Object.entries(publicExtras(extras))) {
    if (WRITTEN.has(key) || (bodyIsEntity && isEntityField(key)) || value.trim() === '') continue;
    out.push([key, LIST_FIELDS.has(key) ? value.split(/\s*,\s*/).filter((item) => item !== '') : value]);
  }
  return out;
}

/**
 * A published meeting as a Meeting Guide feed entry. Pure: everything from outside the
 * meeting comes in `context`. Private fields never reach here (PublicMeeting lacks them, and
 * `extras` pass through the domain's public rule).
 */
export function toMeetingGuide(meeting: PublicMeeting, context: MeetingGuideContext): MeetingGuideEntry {
  const { schedule, venue, online, attendance } = meeting;
  // TSML UI counts a meeting as in person unless its address is approximate, so an online-only
  // meeting's home town is always sent as approximate.
  const approximate = attendance === 'online' || venue.approximate;
  const withOnline = needsOnlineAccess(attendance);
  const entity = meeting.serviceBodyId === null ? undefined : context.entity(meeting.serviceBodyId);
  const bodyIsEntity = text(entity?.name) !== undefined;
  const hasPoint = venue.latitude !== null && venue.longitude !== null;
  const own = compact<MeetingGuideMeeting>({
    name: meeting.name,
    slug: meeting.slug,
    day: schedule.weekday,
    time: schedule.startTime,
    end_time: endTime(schedule.startTime, schedule.durationMinutes),
    timezone: schedule.timeZone,
    types: meetingGuideTypes(meeting, context.types),
    notes: publicNotes(meeting) ?? undefined,
    location: text(venue.name),
    location_notes: text(venue.notes),
    formatted_address: formattedAddress(venue),
    address: text(venue.street),
    city: text(venue.city),
    state: text(venue.state),
    postal_code: text(venue.postalCode),
    country: text(venue.country),
    latitude: hasPoint ? venue.latitude! : undefined,
    longitude: hasPoint ? venue.longitude! : undefined,
    approximate: approximate ? 'yes' : 'no',
    regions: venue.regions.length > 0 ? [...venue.regions] : undefined,
    conference_url: withOnline ? text(online.conferenceUrl) : undefined,
    conference_url_notes: withOnline && text(online.conferenceUrl) ? text(online.conferenceUrlNotes) : undefined,
    conference_phone: withOnline ? text(online.conferencePhone) : undefined,
    conference_phone_notes: withOnline && text(online.conferencePhone) ? text(online.conferencePhoneNotes) : undefined,
    group: text(meeting.groupName),
    group_notes: text(meeting.groupNotes),
    url: text(meeting.website) ?? context.pageUrl?.(meeting),
    updated: updatedStamp(meeting.updatedAt) ?? undefined,
    entity: bodyIsEntity ? text(entity?.name) : undefined,
    entity_url: bodyIsEntity ? text(entity?.website) : undefined,
    entity_phone: bodyIsEntity ? text(entity?.helpline) : undefined,
    attendance_option: ATTENDANCE_OPTION[attendance],
  });
  return { ...own, ...Object.fromEntries(passedThrough(meeting.extras, bodyIsEntity)) };
}

import { needsOnlineAccess, type Attendance } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { minutesOfDay } from '../../domain/time-of-day.js';
import type { Weekday } from '../../domain/weekday.js';
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

/** The wall-clock end; the spec has no day for it, so a meeting past midnight wraps. */
export function endTime(startTime: string, durationMinutes: number): string {
  const minutes = (((minutesOfDay(startTime) + Math.round(durationMinutes)) % 1440) + 1440) % 1440;
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

/**
 * A published meeting as a Meeting Guide feed entry. Pure: everything from outside the
 * meeting comes in `context`. Private fields never reach here (PublicMeeting lacks them),
 * and `extras` is not copied: an import may have kept a source's contact fields in it.
 */
export function toMeetingGuide(meeting: PublicMeeting, context: MeetingGuideContext): MeetingGuideMeeting {
  const { schedule, venue, online, attendance } = meeting;
  // TSML UI counts a meeting as in person unless its address is approximate, so an online-only
  // meeting's home town is always sent as approximate.
  const approximate = attendance === 'online' || venue.approximate;
  const withOnline = needsOnlineAccess(attendance);
  const entity = meeting.serviceBodyId === null ? undefined : context.entity(meeting.serviceBodyId);
  const hasPoint = venue.latitude !== null && venue.longitude !== null;
  return compact<MeetingGuideMeeting>({
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
    entity: text(entity?.name),
    entity_url: text(entity?.website),
    entity_phone: text(entity?.helpline),
    attendance_option: ATTENDANCE_OPTION[attendance],
  });
}

import type { Insertable, Selectable } from 'kysely';
import type { Attendance } from '../domain/attendance.js';
import type { ChallengeCategory } from '../domain/challenge.js';
import type { Contact, Meeting, MeetingInput } from '../domain/meeting.js';
import type { Weekday } from '../domain/weekday.js';
import type { MeetingsTable } from './schema.js';

export type MeetingRow = Selectable<MeetingsTable>;

/** The columns of a meeting, without id and timestamps (the repository sets those). */
export function meetingToRow(input: MeetingInput, slug: string): Omit<Insertable<MeetingsTable>, 'id' | 'created_at' | 'updated_at'> {
  const { venue, online, schedule } = input;
  return {
    slug,
    name: input.name,
    program: input.program,
    categories: JSON.stringify(input.categories),
    service_body_id: input.serviceBodyId,
    group_name: input.groupName,
    group_notes: input.groupNotes,
    world_id: input.worldId,
    weekday: schedule.weekday,
    start_time: schedule.startTime,
    duration_minutes: schedule.durationMinutes,
    time_zone: schedule.timeZone,
    attendance: input.attendance,
    venue_name: venue.name,
    street: venue.street,
    city_subsection: venue.citySubsection,
    neighborhood: venue.neighborhood,
    city: venue.city,
    county: venue.county,
    state: venue.state,
    postal_code: venue.postalCode,
    country: venue.country,
    latitude: venue.latitude,
    longitude: venue.longitude,
    approximate: venue.approximate ? 1 : 0,
    location_notes: venue.notes,
    regions: JSON.stringify(venue.regions),
    train_lines: venue.trainLines,
    bus_lines: venue.busLines,
    conference_url: online.conferenceUrl,
    conference_url_notes: online.conferenceUrlNotes,
    conference_phone: online.conferencePhone,
    conference_phone_notes: online.conferencePhoneNotes,
    languages: JSON.stringify(input.languages),
    notes: input.notes,
    website: input.website,
    contacts: JSON.stringify(input.contacts),
    admin_notes: input.adminNotes,
    published: input.published ? 1 : 0,
    sample: input.sample ? 1 : 0,
    source: input.provenance.source,
    external_id: input.provenance.externalId,
    extras: JSON.stringify(input.extras),
  };
}

function parseList<T>(json: string): T[] {
  return JSON.parse(json) as T[];
}

/** PostgreSQL returns doubles as numbers but may hand back numerics as strings; SQLite 1/0 for booleans. */
function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function rowToMeeting(row: MeetingRow, formats: string[]): Meeting {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    program: row.program,
    categories: parseList<ChallengeCategory>(row.categories),
    serviceBodyId: numberOrNull(row.service_body_id),
    groupName: row.group_name,
    groupNotes: row.group_notes,
    worldId: row.world_id,
    schedule: {
      weekday: row.weekday as Weekday,
      startTime: row.start_time,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
    },
    attendance: row.attendance as Attendance,
    venue: {
      name: row.venue_name,
      street: row.street,
      citySubsection: row.city_subsection,
      neighborhood: row.neighborhood,
      city: row.city,
      county: row.county,
      state: row.state,
      postalCode: row.postal_code,
      country: row.country,
      latitude: numberOrNull(row.latitude),
      longitude: numberOrNull(row.longitude),
      approximate: Boolean(row.approximate),
      notes: row.location_notes,
      regions: parseList<string>(row.regions),
      trainLines: row.train_lines,
      busLines: row.bus_lines,
    },
    online: {
      conferenceUrl: row.conference_url,
      conferenceUrlNotes: row.conference_url_notes,
      conferencePhone: row.conference_phone,
      conferencePhoneNotes: row.conference_phone_notes,
    },
    formats,
    languages: parseList<string>(row.languages),
    notes: row.notes,
    website: row.website,
    contacts: parseList<Contact>(row.contacts),
    adminNotes: row.admin_notes,
    published: Boolean(row.published),
    sample: Boolean(row.sample),
    provenance: { source: row.source, externalId: row.external_id },
    extras: JSON.parse(row.extras) as Record<string, string>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    checkedAt: row.checked_at,
  };
}

/** Format codes per meeting, from meeting_formats rows ordered by meeting and position. */
export function formatsByMeeting(rows: readonly { meeting_id: number; format_code: string }[]): Map<number, string[]> {
  const byMeeting = new Map<number, string[]>();
  for (const { meeting_id, format_code } of rows) {
    const list = byMeeting.get(meeting_id);
    if (list) list.push(format_code);
    else byMeeting.set(meeting_id, [format_code]);
  }
  return byMeeting;
}

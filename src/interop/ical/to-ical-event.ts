import { ICalEventRepeatingFreq, ICalWeekday, type ICalEventData, type ICalLocation } from 'ical-generator';
import { DateTime } from 'luxon';
import { needsOnlineAccess, needsVenueAddress } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { localTime, nextOccurrence, type Occurrence } from '../../domain/occurrence.js';
import type { Weekday } from '../../domain/weekday.js';
import { publicNotes } from '../meeting-guide/to-sample-notes.js';

export interface IcalEventContext {
  /** The instant the calendar is made at (epoch ms): DTSTAMP, and where the series starts. */
  now: number;
  /** The site's host name, for UIDs that stay the same on every request. */
  host: string;
  /** The meeting's page on this site. */
  pageUrl: (meeting: PublicMeeting) => string;
  /** A format's display name, or undefined for a code no longer in the catalogue. */
  formatName: (code: string) => string | undefined;
}

const BY_DAY: Record<Weekday, ICalWeekday> = {
  0: ICalWeekday.SU,
  1: ICalWeekday.MO,
  2: ICalWeekday.TU,
  3: ICalWeekday.WE,
  4: ICalWeekday.TH,
  5: ICalWeekday.FR,
  6: ICalWeekday.SA,
};

const WEEK = 7 * 24 * 60 * 60_000;

/**
 * The occurrence the series starts from: the first in the last week (so this week's meeting
 * shows even after it began), skipping one whose wall clock is not the meeting's time, which
 * only happens on a spring-forward day (02:30 happens at 03:30). DTSTART's wall time is what
 * every later occurrence repeats, so it must be the real start time.
 */
export function seriesStart(meeting: PublicMeeting, now: number): Occurrence {
  const { schedule } = meeting;
  let occurrence = nextOccurrence(schedule, now - WEEK);
  for (let tries = 0; tries < 3 && localTime(occurrence.start, schedule.timeZone).time !== schedule.startTime; tries++) {
    occurrence = nextOccurrence(schedule, occurrence.start + 1);
  }
  return occurrence;
}

function join(parts: readonly (string | null | undefined)[], separator: string): string {
  return parts
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '')
    .join(separator);
}

function venueText(meeting: PublicMeeting): string {
  const { venue } = meeting;
  return join([venue.name, venue.street, venue.city, join([venue.state, venue.postalCode], ' ')], ', ');
}

function conferenceUrl(meeting: PublicMeeting): string | null {
  return needsOnlineAccess(meeting.attendance) ? (meeting.online.conferenceUrl?.trim() ?? '') || null : null;
}

function location(meeting: PublicMeeting): ICalLocation | string | null {
  if (needsVenueAddress(meeting.attendance) || meeting.attendance === 'temporarily_closed') {
    const title = venueText(meeting);
    const { latitude, longitude, approximate } = meeting.venue;
    if (title === '') return null;
    return latitude !== null && longitude !== null && !approximate ? { title, geo: { lat: latitude, lon: longitude } } : title;
  }
  const phone = meeting.online.conferencePhone?.trim();
  return conferenceUrl(meeting) ?? (phone ? `Phone: ${phone}` : 'Online');
}

function description(meeting: PublicMeeting, context: IcalEventContext): string {
  const { online, venue } = meeting;
  const formats = meeting.formats.map((code) => context.formatName(code) ?? code);
  const withOnline = needsOnlineAccess(meeting.attendance);
  const url = conferenceUrl(meeting);
  const phone = withOnline ? online.conferencePhone?.trim() : undefined;
  const lines = [
    meeting.attendance === 'temporarily_closed' ? 'This meeting is temporarily closed.' : null,
    publicNotes(meeting),
    formats.length > 0 ? `Formats: ${formats.join(', ')}` : null,
    url ? join([`Join online: ${url}`, online.conferenceUrlNotes], '\n') : null,
    phone ? join([`Join by phone: ${phone}`, online.conferencePhoneNotes], '\n') : null,
    needsVenueAddress(meeting.attendance) && venue.notes?.trim() ? `Where: ${venue.notes.trim()}` : null,
    `Details: ${context.pageUrl(meeting)}`,
  ];
  return join(lines, '\n\n');
}

/**
 * A meeting as a weekly VEVENT. The start is given on the meeting's own wall clock with its
 * TZID and repeats by RRULE, so calendars keep a 19:00 meeting at 19:00 through daylight
 * saving changes; DTEND carries the duration.
 */
export function toIcalEvent(meeting: PublicMeeting, context: IcalEventContext): ICalEventData {
  const zone = meeting.schedule.timeZone;
  const occurrence = seriesStart(meeting, context.now);
  const closed = meeting.attendance === 'temporarily_closed';
  return {
    id: `meeting-${meeting.id}@${context.host}`,
    start: DateTime.fromMillis(occurrence.start, { zone }),
    end: DateTime.fromMillis(occurrence.end, { zone }),
    timezone: zone,
    repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [BY_DAY[meeting.schedule.weekday]] },
    stamp: new Date(context.now),
    lastModified: new Date(meeting.updatedAt),
    created: new Date(meeting.createdAt),
    summary: closed ? `${meeting.name} (temporarily closed)` : meeting.name,
    location: location(meeting),
    url: conferenceUrl(meeting) ?? context.pageUrl(meeting),
    description: description(meeting, context),
  };
}

import { needsOnlineAccess } from '../domain/attendance.js';
import type { PublicMeeting } from '../domain/meeting.js';
import { weekdayName } from '../domain/weekday.js';
import { endClock } from './components/schedule-text.js';

const ATTENDANCE_MODE = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  temporarily_closed: 'https://schema.org/OfflineEventAttendanceMode',
} as const;

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

function place(meeting: PublicMeeting): JsonObject | null {
  const { venue } = meeting;
  if (meeting.attendance === 'online') return null;
  const address: JsonObject = { '@type': 'PostalAddress', addressCountry: venue.country };
  if (venue.street) address['streetAddress'] = venue.street;
  if (venue.city) address['addressLocality'] = venue.city;
  if (venue.state) address['addressRegion'] = venue.state;
  if (venue.postalCode) address['postalCode'] = venue.postalCode;
  const result: JsonObject = { '@type': 'Place', name: venue.name ?? venue.city ?? meeting.name, address };
  if (venue.latitude !== null && venue.longitude !== null) {
    result['geo'] = { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude };
  }
  return result;
}

function virtualLocation(meeting: PublicMeeting, pageUrl: string): JsonObject | null {
  if (!needsOnlineAccess(meeting.attendance)) return null;
  // The join link is the meeting's own; without one, the page that says how to join.
  return { '@type': 'VirtualLocation', url: meeting.online.conferenceUrl ?? pageUrl };
}

/**
 * A meeting as a schema.org Event repeating weekly, for search engines: the schedule in the
 * meeting's own zone, where (a Place, a VirtualLocation, or both for hybrid meetings), and
 * the program it belongs to.
 */
export function meetingJsonLd(
  meeting: PublicMeeting,
  options: { pageUrl: string; nextStart: string | null; programName?: string | null },
): JsonObject {
  const { schedule } = meeting;
  const locations = [place(meeting), virtualLocation(meeting, options.pageUrl)].filter((l): l is JsonObject => l !== null);
  const event: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meeting.name,
    url: options.pageUrl,
    eventAttendanceMode: ATTENDANCE_MODE[meeting.attendance],
    eventStatus: meeting.attendance === 'temporarily_closed' ? 'https://schema.org/EventPostponed' : 'https://schema.org/EventScheduled',
    isAccessibleForFree: true,
    eventSchedule: {
      '@type': 'Schedule',
      byDay: `https://schema.org/${weekdayName(schedule.weekday)}`,
      startTime: `${schedule.startTime}:00`,
      endTime: `${endClock(schedule.startTime, schedule.durationMinutes)}:00`,
      scheduleTimezone: schedule.timeZone,
      repeatFrequency: 'P1W',
      duration: `PT${schedule.durationMinutes}M`,
    },
    location: locations.length === 1 ? locations[0]! : locations,
  };
  if (options.nextStart !== null) event['startDate'] = options.nextStart;
  if (meeting.notes) event['description'] = meeting.notes;
  if (meeting.groupName) event['organizer'] = { '@type': 'Organization', name: meeting.groupName };
  // The fellowship the meeting belongs to, by its own name: an AA meeting is about Alcoholics Anonymous.
  if (options.programName) event['about'] = { '@type': 'Organization', name: options.programName };
  return event;
}

/**
 * JSON for a <script> element: `<` is written as \u003c, so no text in the data (a name
 * holding "</script>") can close the element early. The result is still the same JSON.
 */
export function jsonForScript(value: JsonValue): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

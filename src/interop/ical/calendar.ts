import ical, { escape, ICalEvent } from 'ical-generator';
import type { PublicMeeting } from '../../domain/meeting.js';
import { foldLines } from './fold.js';
import { toIcalEvent, type IcalEventContext } from './to-ical-event.js';
import { vtimezoneGenerator } from './vtimezone.js';

export interface CalendarOptions {
  /** X-WR-CALNAME: what a calendar app calls the subscription. */
  name: string;
  /** X-WR-CALDESC. */
  description: string | null;
  /** The calendar's own zone (X-WR-TIMEZONE), or null for a calendar whose events span zones. */
  timeZone: string | null;
  /** How often subscribers should fetch again, in seconds (REFRESH-INTERVAL). */
  refreshSeconds: number;
}

/**
 * A VCALENDAR holding one weekly VEVENT per meeting, with a VTIMEZONE for each zone used.
 *
 * ical-generator writes the calendar's properties and each event (escaping every text); the
 * pieces are put together here rather than by its calendar.toString() for two reasons: its
 * line folding costs about a millisecond per event (see fold.ts), and it writes the
 * calendar's X- properties after the events, where RFC 5545 wants every calendar property
 * before the first component.
 */
export function meetingsCalendar(meetings: Iterable<PublicMeeting>, context: IcalEventContext, options: CalendarOptions): string {
  const frame = ical({
    prodId: { company: 'OpenRooms', product: 'Meetings', language: 'EN' },
    // ical-generator writes the calendar's name and description unescaped; events it escapes.
    name: escape(options.name, false),
    description: options.description === null ? null : escape(options.description, false),
    // No zone name on the calendar: ical-generator would then write DTSTAMP, CREATED and
    // LAST-MODIFIED as local times, which RFC 5545 requires in UTC.
    timezone: null,
    ttl: options.refreshSeconds,
  });
  if (options.timeZone !== null) frame.x('X-WR-TIMEZONE', options.timeZone);

  const zones = new Set<string>();
  const events: string[] = [];
  for (const meeting of meetings) {
    zones.add(meeting.schedule.timeZone);
    events.push(new ICalEvent(toIcalEvent(meeting, context), frame).toString());
  }
  const vtimezone = vtimezoneGenerator(new Date(context.now).getUTCFullYear());
  const timezones = [...zones].flatMap((zone) => vtimezone(zone) ?? []).map((component) => `${component}\r\n`);

  const head = frame.toString().replace(/END:VCALENDAR(?:\r\n)?$/, '');
  // Each piece ends with CRLF, and so does the whole: RFC 5545 ends every line with one.
  return `${head}${foldLines([...timezones, ...events].join(''))}END:VCALENDAR\r\n`;
}

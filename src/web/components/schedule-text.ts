import { DateTime } from 'luxon';
import type { Attendance } from '../../domain/attendance.js';
import type { WeeklySchedule } from '../../domain/meeting.js';
import type { LocalTime } from '../../domain/occurrence.js';
import type { Weekday } from '../../domain/weekday.js';
import { zoneName as nameOfZone } from '../../domain/zone-name.js';
import { messages } from '../i18n/messages.js';

/**
 * The words the pages use for days, times, zones and "how soon". Pure: every instant is a
 * parameter, so the wording is unit tested without a clock.
 */

export function dayName(weekday: Weekday): string {
  return messages().day(weekday);
}

/** "Tuesdays": how a weekly meeting's day is said. */
export function dayPlural(weekday: Weekday): string {
  return messages().everyDay(weekday);
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** "19:30" → "7:30 PM"; midnight is "12:00 AM" and noon "12:00 PM", as US clocks say them. */
export function clockText(time: string): string {
  const total = minutesOf(time);
  const hours = Math.floor(total / 60) % 24;
  const minutes = total % 60;
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/**
 * The wall-clock end of a meeting as printed on a schedule ("20:30"). It is the nominal time
 * of day, not an instant: Luxon adds the length on a day without clock changes.
 */
export function endClock(startTime: string, durationMinutes: number): string {
  const start = minutesOf(startTime);
  return DateTime.fromObject({ year: 2001, month: 1, day: 1, hour: Math.floor(start / 60), minute: start % 60 }, { zone: 'utc' })
    .plus({ minutes: durationMinutes })
    .toFormat('HH:mm');
}

/** "Pacific Time", "Alaska Time" (Anchorage and Nome alike): a zone's name in the page's language, as the clock stands in the year of `at`. */
export function zoneName(timeZone: string, at: number): string {
  return nameOfZone(timeZone, at, messages().locale);
}

/** "7:00 PM–8:30 PM": a meeting's hours on its own clock. */
export function hoursText(schedule: Pick<WeeklySchedule, 'startTime' | 'durationMinutes'>): string {
  if (schedule.durationMinutes <= 0) return clockText(schedule.startTime);
  return `${clockText(schedule.startTime)}–${clockText(endClock(schedule.startTime, schedule.durationMinutes))}`;
}

/** "Tuesdays, 7:00 PM–8:30 PM (Pacific Time)", the zone named as it stands at `at`. */
export function scheduleText(schedule: WeeklySchedule, at: number): string {
  return `${dayPlural(schedule.weekday)}, ${hoursText(schedule)} (${zoneName(schedule.timeZone, at)})`;
}

/**
 * "Today", "Tomorrow" or the weekday: what a list calls the day of an occurrence whose local
 * date is `date`, judged on the same clock (`timeZone`) at `now`.
 */
export function dayWord(local: Pick<LocalTime, 'date' | 'weekday'>, now: number, timeZone: string): string {
  return nearDayWord(local.date, now, timeZone) ?? dayName(local.weekday);
}

/** "Today" or "Tomorrow" for a local date ("2026-03-08") on the clock of `timeZone` at `now`; null for any other day. */
export function nearDayWord(date: string, now: number, timeZone: string): string | null {
  const today = DateTime.fromMillis(now, { zone: timeZone });
  if (date === today.toISODate()) return messages().when.today;
  if (date === today.plus({ days: 1 }).toISODate()) return messages().when.tomorrow;
  return null;
}

/** "Today 7:00 PM", "Tomorrow 12:15 PM", "Friday 6:30 PM": an occurrence as a list names it. */
export function occurrenceDayText(local: Pick<LocalTime, 'date' | 'weekday' | 'time' | 'timeZone'>, now: number): string {
  return `${dayWord(local, now, local.timeZone)} ${clockText(local.time)}`;
}

/** "Tuesday 7:00 PM": when an occurrence starts, on the clock it is read in. */
export function occurrenceText(local: Pick<LocalTime, 'weekday' | 'time'>): string {
  return `${dayName(local.weekday)} ${clockText(local.time)}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "in 20 minutes", "in 3 hours", "in 2 days" (or "20 minutes ago"); `short` says "in 20 min", as a
 * card has room for. Luxon words it; the unit is chosen here and padded by half a unit so that
 * 1 h 59 min reads "in 2 hours", not "in 1 hour".
 */
export function relativeText(instant: number, now: number, style: 'long' | 'short' = 'long'): string {
  const gap = Math.abs(instant - now);
  if (gap < MINUTE) return 'now';
  const [unit, size] = gap < HOUR ? (['minutes', MINUTE] as const) : gap < DAY ? (['hours', HOUR] as const) : (['days', DAY] as const);
  // Padding past the next unit would say "in 24 hours" for 23 h 40 min: fine, and true enough.
  const text = DateTime.fromMillis(instant).toRelative({
    base: DateTime.fromMillis(now),
    unit,
    padding: unit === 'minutes' ? 0 : size / 2,
    style,
  });
  // Luxon's short English forms end in an abbreviation's full stop ("in 20 min."), which reads as the end of a sentence.
  return (text ?? '').replace(/\.$/, '');
}

/** What a list says about how soon a meeting is: "In progress, until 8:30 PM", "Starts in 20 minutes", or nothing past a day. */
export function soonText(result: { inProgress: boolean; start: number | null; endClock: string | null }, now: number): string | null {
  const text = messages().when;
  if (result.inProgress) return result.endClock === null ? text.inProgress : text.inProgressUntil(clockText(result.endClock));
  if (result.start === null || result.start - now >= DAY || result.start < now) return null;
  const relative = relativeText(result.start, now, 'short');
  return relative === 'now' ? text.startsNow : text.starts(relative);
}

/** "Next: Tuesday 7:00 PM, in 3 hours" or "Happening now, until 8:30 PM". */
export function nextText(
  next: { inProgress: boolean; start: number; local: Pick<LocalTime, 'weekday' | 'time'>; endClock: string },
  now: number,
): string {
  const text = messages().when;
  if (next.inProgress) return text.happeningNowUntil(clockText(next.endClock));
  const relative = relativeText(next.start, now);
  return text.next(occurrenceText(next.local), relative === 'now' ? text.startingNow : relative);
}

/**
 * Whether to show a second clock for the viewer: only when their wall clock reads differently
 * from the meeting's at the same instant (a neighbouring zone on the same offset needs none).
 */
export function differsForViewer(
  meeting: Pick<LocalTime, 'weekday' | 'time'>,
  viewer: Pick<LocalTime, 'weekday' | 'time'> | null,
): boolean {
  return viewer !== null && (meeting.time !== viewer.time || meeting.weekday !== viewer.weekday);
}

/** "10:00 PM Tuesday your time (Eastern Time)". */
export function viewerText(viewer: Pick<LocalTime, 'weekday' | 'time' | 'timeZone' | 'iso'>): string {
  return messages().when.yourTime(occurrenceText(viewer), zoneName(viewer.timeZone, Date.parse(viewer.iso)));
}

export function attendanceText(attendance: Attendance): string {
  return messages().attendance[attendance];
}

/** "Open" or "Closed" from a meeting's format codes, or null when the group has not said. */
export function openClosed(formats: readonly string[]): 'open' | 'closed' | null {
  if (formats.includes('C')) return 'closed';
  if (formats.includes('O')) return 'open';
  return null;
}

/** "2.3 mi away", "less than 0.1 mi away". */
export function distanceText(distance: number, unit: 'mi' | 'km'): string {
  if (distance < 0.1) return messages().when.closeBy(unit);
  const shown = distance < 10 ? distance.toFixed(1) : String(Math.round(distance));
  return messages().when.distance(shown, unit);
}

/** "42 meetings", "1 meeting". */
export function countText(count: number): string {
  return messages().meetings(count);
}

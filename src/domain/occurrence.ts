import { IANAZone } from 'luxon';
import type { WeeklySchedule } from './meeting.js';
import { minutesOfDay } from './time-of-day.js';
import { WEEKDAYS, type Weekday } from './weekday.js';
import { zoneAbbreviation } from './zone-name.js';

/**
 * Weekly occurrence maths. Pure: "now" and every other instant is a parameter (epoch ms).
 *
 * A meeting's start is a wall-clock time in its zone; turning it into an instant is done
 * here with the zone's offsets (Luxon's IANAZone, itself backed by ICU), in plain epoch
 * arithmetic, without building a DateTime per occurrence. Decisions:
 *
 * - Spring-forward gap: a local start that does not exist that day (02:30 when clocks jump
 *   02:00 → 03:00) happens at the same elapsed point after the jump, 03:30. This is what
 *   Luxon's `DateTime.fromObject` does too (checked in the tests).
 * - Fall-back repeat: a local start that happens twice (01:30 when clocks go back
 *   02:00 → 01:00) happens at the FIRST, earlier instant, still on daylight time. Luxon's
 *   `DateTime.fromObject` picks the later one in US zones (01:30 PST); this module does not.
 * - Duration is real elapsed time: end = start + durationMinutes minutes, whatever the
 *   clock does in between.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One occurrence of a weekly meeting, as absolute instants (epoch ms). */
export interface Occurrence {
  start: number;
  end: number;
}

/** Wall-clock rendering of an instant in a zone, for results and pages. */
export interface LocalTime {
  /** ISO 8601 with offset, no milliseconds, e.g. "2026-03-08T03:30:00-07:00". */
  iso: string;
  /** "2026-03-08". */
  date: string;
  /** "03:30" (24 h). */
  time: string;
  /** 0 = Sunday. */
  weekday: Weekday;
  /** The IANA zone asked for. */
  timeZone: string;
  /** "PDT", "MST", "HST"…; where ICU has no abbreviation, its offset name ("GMT-4") as is. */
  abbreviation: string;
}

function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`not an IANA time zone: ${timeZone}`);
  return zone;
}

function requireInstant(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} is not a finite instant: ${value}`);
}

/**
 * Per zone, per UTC day (days since 1970): the zone's offset in ms throughout that day, or
 * null when it changes during the day. Asking ICU for an offset costs some microseconds,
 * and index builds ask about the same few days for thousands of schedules.
 */
const steadyDays = new Map<string, Map<number, number | null>>();
let steadyDaysHeld = 0;
/** About 3 MB at most; past it, everything is forgotten and relearnt. */
const STEADY_DAYS_LIMIT = 50_000;

/** The zone's offset from UTC at `instant`, in ms. */
function offsetMs(zone: IANAZone, instant: number): number {
  const day = Math.floor(instant / DAY);
  let days = steadyDays.get(zone.name);
  if (days === undefined) {
    days = new Map();
    steadyDays.set(zone.name, days);
  }
  const known = days.get(day);
  if (known !== undefined) return known ?? zone.offset(instant) * MINUTE;
  // The same offset at both ends of the day means none in between: zones do not change
  // their offset and change it back within a day.
  const first = zone.offset(day * DAY) * MINUTE;
  const last = zone.offset((day + 1) * DAY - 1) * MINUTE;
  if (steadyDaysHeld >= STEADY_DAYS_LIMIT) {
    for (const other of steadyDays.values()) other.clear();
    steadyDaysHeld = 0;
  }
  days.set(day, first === last ? first : null);
  steadyDaysHeld++;
  return first === last ? first : zone.offset(instant) * MINUTE;
}

/** Days since 1970-01-01 of the local calendar date of `instant` in the zone. */
function localDayIndex(zone: IANAZone, instant: number): number {
  return Math.floor((instant + offsetMs(zone, instant)) / DAY);
}

/** 1970-01-01 was a Thursday (4). */
function weekdayOfDayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The instant at which the zone's clock reads `wall` (a local date-time written as if it
 * were UTC epoch ms). Every instant that reads `wall` lies within 14 h of it, so the
 * offsets in force a day before and a day after are the only ones that can apply (zones
 * do not change offset twice within two days). A candidate `wall - offset` is right when
 * the zone really has that offset then.
 * - Both right (a fall-back repeat): the earlier one, on the offset before the change.
 * - Neither right (a spring-forward gap): `wall - offsetBefore`, i.e. the wall time read on
 *   the old offset, which is the same elapsed point after the jump (02:30 → 03:30).
 */
function instantOfWallTime(zone: IANAZone, wall: number): number {
  const before = offsetMs(zone, wall - DAY);
  const after = offsetMs(zone, wall + DAY);
  const onBefore = wall - before;
  if (before === after) return onBefore;
  const onAfter = wall - after;
  const beforeHolds = offsetMs(zone, onBefore) === before;
  const afterHolds = offsetMs(zone, onAfter) === after;
  if (beforeHolds && afterHolds) return Math.min(onBefore, onAfter);
  if (afterHolds) return onAfter;
  return onBefore;
}

function durationMs(schedule: WeeklySchedule): number {
  const minutes = schedule.durationMinutes;
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`not a duration in minutes: ${minutes}`);
  }
  return minutes * MINUTE;
}

/**
 * The occurrences whose START lies in [from, to), in order. Any window length; an
 * occurrence already running at `from` is not included (only its start counts).
 */
export function occurrencesBetween(schedule: WeeklySchedule, from: number, to: number): Occurrence[] {
  requireInstant('from', from);
  requireInstant('to', to);
  const zone = zoneOf(schedule.timeZone);
  const startOfDay = minutesOfDay(schedule.startTime) * MINUTE;
  const duration = durationMs(schedule);
  const found: Occurrence[] = [];
  if (!(to > from)) return found;
  // Begin at the meeting's weekday on or before the local day before `from`: an occurrence
  // dated earlier cannot start at or after `from`, whatever the clock did.
  const dayBefore = localDayIndex(zone, from) - 1;
  let day = dayBefore - ((((weekdayOfDayIndex(dayBefore) - schedule.weekday) % 7) + 7) % 7);
  // Weekly starts strictly increase (a week is far longer than any offset change).
  for (; ; day += 7) {
    const start = instantOfWallTime(zone, day * DAY + startOfDay);
    if (start >= to) break;
    if (start >= from) found.push({ start, end: start + duration });
  }
  return found;
}

/**
 * The occurrence in progress at `now` (start <= now < end), or null. Finds one that began
 * the day before (a 23:30 meeting of 90 minutes is in progress at 00:30).
 */
export function occurrenceInProgress(schedule: WeeklySchedule, now: number): Occurrence | null {
  requireInstant('now', now);
  const duration = durationMs(schedule);
  const candidates = occurrencesBetween(schedule, now - duration, now + 1);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const occurrence = candidates[i]!;
    if (occurrence.start <= now && now < occurrence.end) return occurrence;
  }
  return null;
}

/** The first occurrence starting at or after `now`. */
export function nextOccurrence(schedule: WeeklySchedule, now: number): Occurrence {
  requireInstant('now', now);
  // A week plus any offset change: eight days always hold the next start.
  const next = occurrencesBetween(schedule, now, now + 8 * DAY)[0];
  if (next === undefined) throw new Error('no weekly occurrence within eight days');
  return next;
}

const abbreviations = new Map<string, string>();

/**
 * The zone's short name at `instant` in US English ("PDT"), or ICU's offset name
 * ("GMT-4") where it has none. Asking Intl costs more than everything else here, and the
 * name depends only on zone and offset, so answers are remembered.
 */
function abbreviationAt(zone: IANAZone, instant: number, offsetMinutes: number): string {
  const key = `${zone.name}|${offsetMinutes}`;
  const cached = abbreviations.get(key);
  if (cached !== undefined) return cached;
  const name = zoneAbbreviation(zone.name, instant);
  if (abbreviations.size < 4000) abbreviations.set(key, name);
  return name;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

function formatOffset(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(Math.round(offsetMinutes));
  return `${sign}${pad2(Math.floor(magnitude / 60))}${separator}${pad2(magnitude % 60)}`;
}

/** Wall-clock rendering of `instant` (to the second, milliseconds dropped) in `timeZone`. */
export function localTime(instant: number, timeZone: string): LocalTime {
  requireInstant('instant', instant);
  const zone = zoneOf(timeZone);
  const second = Math.floor(instant / 1000) * 1000;
  const offset = offsetMs(zone, second);
  const offsetMinutes = offset / MINUTE;
  // The local wall time as a UTC date, read back with the UTC getters.
  const wall = new Date(second + offset);
  const year = wall.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  const date = `${yearText}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}`;
  const time = `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`;
  return {
    iso: `${date}T${time}:${pad2(wall.getUTCSeconds())}${formatOffset(offsetMinutes, ':')}`,
    date,
    time,
    weekday: WEEKDAYS[wall.getUTCDay()]!,
    timeZone,
    abbreviation: abbreviationAt(zone, second, offsetMinutes),
  };
}

/**
 * Epoch ms bounds [start, end) of the calendar day containing `instant` in `timeZone`,
 * moved by `offsetDays` days (0 = that day, 1 = the next). Each bound is the first instant
 * of its local date, found like a meeting start at 00:00: a day is 23 or 25 hours long
 * across DST, where midnight falls in a gap the day begins when the clock jumps, and
 * where midnight repeats it begins at the first one. (Luxon's startOf('day') agrees
 * except on a repeated midnight, where it takes the later.)
 */
export function dayBounds(instant: number, timeZone: string, offsetDays = 0): { start: number; end: number } {
  requireInstant('instant', instant);
  if (!Number.isInteger(offsetDays)) throw new RangeError(`offsetDays is not an integer: ${offsetDays}`);
  const zone = zoneOf(timeZone);
  const day = localDayIndex(zone, instant) + offsetDays;
  return { start: instantOfWallTime(zone, day * DAY), end: instantOfWallTime(zone, (day + 1) * DAY) };
}
